package com.inferplan.ui.portfolio;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.inferplan.backend.portfolio.PortfolioAnswer.CostSpread;
import com.inferplan.backend.portfolio.PortfolioAnswer.Swing;
import com.inferplan.ui.chart.ChartJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** ECharts options for the portfolio answer; pure functions of its figures, tested without a browser. */
final class PortfolioCharts {

    private PortfolioCharts() {
    }

    /** Each vendor's share of the monthly spend as a horizontal bar in percent, largest on top. */
    static ObjectNode vendorShares(Map<String, Double> shares) {
        List<Map.Entry<String, Double>> rows = new ArrayList<>(shares.entrySet());
        rows.sort(Map.Entry.comparingByValue());
        ObjectNode option = title("Spend per vendor", "share of the plan's monthly cost, %");
        option.putObject("tooltip").put("trigger", "axis");
        option.putObject("grid").put("top", 60).put("left", 90).put("right", 50).put("bottom", 30);
        option.putObject("xAxis").put("type", "value").put("max", 100).put("name", "%");
        option.putObject("yAxis").put("type", "category")
                .set("data", ChartJson.strings(rows.stream().map(Map.Entry::getKey).toList()));
        ObjectNode bar = option.putArray("series").addObject().put("type", "bar").put("name", "Share of spend, %")
                .put("barMaxWidth", 28);
        bar.set("data", ChartJson.numbers(rows.stream().mapToDouble(e -> round(e.getValue() * 100)).toArray()));
        bar.putObject("label").put("show", true).put("position", "right").put("formatter", "{c}%");
        return option;
    }

    /**
     * The tornado as change from the plan's base cost in USD per month: each input at its low and its
     * high value, the others at base, widest swing on top; the two bars of an input overlap on one row.
     */
    static ObjectNode tornado(CostSpread spread, double baseUsdPerMonth) {
        List<Swing> rows = new ArrayList<>(spread.tornado());
        rows.sort((a, b) -> Double.compare(width(a), width(b)));
        ObjectNode option = title("What moves the monthly cost", "Δ from " + PortfolioText.usdPerMonth(
                baseUsdPerMonth) + ", one input at a time at its low or high value");
        option.putObject("tooltip").put("trigger", "axis");
        option.putObject("legend").put("bottom", 0);
        option.putObject("grid").put("top", 90).put("left", 170).put("right", 30).put("bottom", 70);
        ObjectNode xAxis = option.putObject("xAxis").put("type", "value").put("name", "Δ USD/month")
                .put("nameLocation", "middle").put("nameGap", 26);
        // on a phone the six-digit ticks collide: ECharts drops the overlapping ones
        xAxis.putObject("axisLabel").put("hideOverlap", true);
        option.putObject("yAxis").put("type", "category")
                .set("data", ChartJson.strings(rows.stream().map(Swing::input).toList()));
        ArrayNode series = option.putArray("series");
        series.add(bars("Input at its low value", rows.stream()
                .mapToDouble(s -> round(s.usdPerMonthAtLow() - baseUsdPerMonth)).toArray()));
        series.add(bars("Input at its high value", rows.stream()
                .mapToDouble(s -> round(s.usdPerMonthAtHigh() - baseUsdPerMonth)).toArray()).put("barGap", "-100%"));
        return option;
    }

    private static ObjectNode bars(String name, double[] values) {
        ObjectNode s = ChartJson.object().put("type", "bar").put("name", name).put("barMaxWidth", 26);
        s.set("data", ChartJson.numbers(values));
        return s;
    }

    private static double width(Swing s) {
        return Math.abs(s.usdPerMonthAtHigh() - s.usdPerMonthAtLow());
    }

    private static ObjectNode title(String text, String subtext) {
        ObjectNode option = ChartJson.object();
        option.putObject("title").put("text", text).put("subtext", subtext).put("left", "center")
                .putObject("subtextStyle").put("width", 300).put("overflow", "break").put("lineHeight", 14);
        option.put("animation", false);
        return option;
    }

    /** Whole dollars and tenths of a percent are all a reader can see on a bar. */
    private static double round(double v) {
        return Double.isFinite(v) ? Math.round(v * 10) / 10.0 : v;
    }
}
