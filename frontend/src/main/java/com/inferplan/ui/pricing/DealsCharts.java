package com.inferplan.ui.pricing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.inferplan.backend.pricing.CostEstimator.UtilizationPoint;
import com.inferplan.pricing.uncertainty.TornadoChart;
import com.inferplan.ui.chart.ChartJson;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** ECharts options for the cost views. Pure functions of the figures, so they are tested without a browser. */
final class DealsCharts {

    /** One bar of the comparison: the figure at the shared inputs and its P10/P50/P90. */
    record CostBar(String name, double value, double p10, double p50, double p90) {
    }

    private DealsCharts() {
    }

    /**
     * Bars at the shared inputs with P10–P90 whiskers and a P50 tick, drawn as a box plot whose
     * box is collapsed to the median (ECharts options are JSON here, so no custom render function).
     */
    static ObjectNode comparison(List<CostBar> bars) {
        ObjectNode option = base("USD per million output tokens",
                "bar: at the inputs above · whisker: P10–P90 · tick: P50");
        option.putObject("tooltip").put("trigger", "item");
        option.putObject("legend").put("bottom", 0);
        option.putObject("grid").put("top", 70).put("left", 70).put("right", 20).put("bottom", 110);
        ObjectNode xAxis = option.putObject("xAxis").put("type", "category");
        xAxis.set("data", ChartJson.strings(bars.stream().map(CostBar::name).toList()));
        xAxis.putObject("axisLabel").put("interval", 0).put("width", 150).put("overflow", "break")
                .put("lineHeight", 14);
        option.putObject("yAxis").put("type", "value").put("name", "USD / M output tokens");
        ArrayNode series = option.putArray("series");
        ObjectNode bar = series.addObject().put("type", "bar").put("name", "At the inputs above")
                .put("barMaxWidth", 70);
        bar.set("data", ChartJson.numbers(bars.stream().mapToDouble(b -> round(b.value())).toArray()));
        bar.putObject("label").put("show", true).put("position", "right").put("fontSize", 11);
        ObjectNode spread = series.addObject().put("type", "boxplot").put("name", "P10–P90 (P50 tick)");
        spread.set("dimensions", ChartJson.strings(List.of("P10", "P50 ", "P50", "P50  ", "P90")));
        spread.putObject("encode").set("tooltip", ChartJson.strings(List.of("P10", "P50", "P90")));
        spread.putObject("itemStyle").put("color", "rgba(0,0,0,0)").put("borderColor", "#333").put("borderWidth", 2);
        spread.put("boxWidth", "30%");
        ArrayNode data = spread.putArray("data");
        bars.forEach(b -> data.add(ChartJson.numbers(round(b.p10()), round(b.p50()), round(b.p50()), round(b.p50()),
                round(b.p90()))));
        return option;
    }

    /**
     * One-at-a-time sensitivity as change from the base figure: each uncertain input at its P10 and
     * at its P90, widest swing on top; the two bars of an input overlap on one row.
     */
    static ObjectNode tornado(TornadoChart chart) {
        List<TornadoChart.Bar> rows = new ArrayList<>(chart.bars());
        Collections.reverse(rows);
        ObjectNode option = base("What moves the cost", "change from " + CostText.amount(chart.baseValue())
                + " " + chart.unit() + " with one input at its P10 or P90, the others at base");
        option.putObject("tooltip").put("trigger", "axis");
        option.putObject("legend").put("bottom", 0);
        option.putObject("grid").put("top", 70).put("left", 230).put("right", 30).put("bottom", 80);
        option.putObject("xAxis").put("type", "value").put("name", "Δ " + chart.unit())
                .put("nameLocation", "middle").put("nameGap", 28);
        option.putObject("yAxis").put("type", "category")
                .set("data", ChartJson.strings(rows.stream().map(DealsCharts::tornadoLabel).toList()));
        ArrayNode series = option.putArray("series");
        double base = chart.baseValue();
        series.add(tornadoSeries("Input at its P10", rows.stream().mapToDouble(b -> b.outputAtLow() - base).toArray()));
        series.add(tornadoSeries("Input at its P90", rows.stream().mapToDouble(b -> b.outputAtHigh() - base).toArray())
                .put("barGap", "-100%"));
        return option;
    }

    /**
     * Cost per output token against utilization: idle capacity is still paid for, and under
     * take-or-pay the floor keeps billing what is not used. Marks the chosen utilization and the floor.
     */
    static ObjectNode utilizationCurve(List<UtilizationPoint> points, double utilization, Double takeOrPayFloor) {
        ObjectNode option = base("Cost per token as utilization falls", "USD per million output tokens at each"
                + " utilization, other inputs as above");
        option.putObject("tooltip").put("trigger", "axis");
        option.putObject("grid").put("top", 70).put("left", 70).put("right", 30).put("bottom", 60);
        option.putObject("xAxis").put("type", "value").put("min", 0).put("max", 100).put("name", "utilization %")
                .put("nameLocation", "middle").put("nameGap", 28);
        option.putObject("yAxis").put("type", "value").put("name", "USD / M output");
        ObjectNode line = option.putArray("series").addObject().put("type", "line").put("name", "USD / M output")
                .put("showSymbol", false);
        ArrayNode data = line.putArray("data");
        points.forEach(p -> data.add(ChartJson.numbers(round(p.utilization() * 100),
                round(p.usdPerMillionOutputTokens()))));
        ArrayNode marks = line.putObject("markLine").put("symbol", "none").putArray("data");
        marks.addObject().put("xAxis", round(utilization * 100)).put("name", "chosen").putObject("label")
                .put("formatter", "chosen " + CostText.percent(utilization));
        if (takeOrPayFloor != null && takeOrPayFloor > 0) {
            ObjectNode floor = marks.addObject().put("xAxis", round(takeOrPayFloor * 100)).put("name", "floor");
            floor.putObject("label").put("formatter", "take-or-pay floor " + CostText.percent(takeOrPayFloor))
                    .put("position", "insideEndTop");
            floor.putObject("lineStyle").put("type", "dashed").put("color", "#c0392b");
        }
        return option;
    }

    private static ObjectNode tornadoSeries(String name, double[] deltas) {
        ObjectNode series = ChartJson.object().put("type", "bar").put("name", name);
        double[] rounded = new double[deltas.length];
        for (int i = 0; i < deltas.length; i++) {
            rounded[i] = round(deltas[i]);
        }
        series.set("data", ChartJson.numbers(rounded));
        return series;
    }

    private static String tornadoLabel(TornadoChart.Bar bar) {
        return bar.input() + " (" + CostText.amount(bar.inputLow()) + " – " + CostText.amount(bar.inputHigh()) + ")";
    }

    private static ObjectNode base(String title, String subtitle) {
        ObjectNode option = ChartJson.object();
        option.putObject("title").put("text", title).put("subtext", subtitle).put("left", "center")
                .putObject("textStyle").put("fontSize", 14);
        return option;
    }

    /** Four significant digits: enough to read, short enough for labels. */
    static double round(double value) {
        if (value == 0 || !Double.isFinite(value)) {
            return value;
        }
        double scale = Math.pow(10, 3 - Math.floor(Math.log10(Math.abs(value))));
        return Math.round(value * scale) / scale;
    }
}
