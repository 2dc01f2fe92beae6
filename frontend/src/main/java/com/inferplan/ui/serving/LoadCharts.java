package com.inferplan.ui.serving;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.inferplan.engine.loadtest.LoadPoint;
import com.inferplan.engine.serving.KvSample;
import com.inferplan.engine.serving.LatencySummary;
import com.inferplan.engine.serving.Slo;
import com.inferplan.ui.chart.ChartJson;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** ECharts options for the load-test charts; points that are not finite are left out, never drawn as NaN. */
final class LoadCharts {

    private LoadCharts() {
    }

    /** TTFT (log axis: it explodes past saturation) and TPOT percentiles against offered load. */
    static String latencyAgainstLoad(List<LoadPoint> sweep, double maxRate) {
        ObjectNode option = base("offered load (requests/s)");
        ArrayNode axes = option.putArray("yAxis");
        axes.addObject().put("type", "log").put("name", "TTFT (ms)");
        axes.addObject().put("type", "value").put("name", "TPOT (ms)");
        ArrayNode series = option.putArray("series");
        series.add(line("TTFT p50", sweep, p -> p.result().ttft().p50Ms(), 0, false));
        series.add(line("TTFT p90", sweep, p -> p.result().ttft().p90Ms(), 0, false));
        series.add(line("TTFT p99", sweep, p -> p.result().ttft().p99Ms(), 0, false));
        series.add(line("TPOT p50", sweep, p -> tpot(p).p50Ms(), 1, true));
        series.add(line("TPOT p90", sweep, p -> tpot(p).p90Ms(), 1, true));
        series.add(line("TPOT p99", sweep, p -> tpot(p).p99Ms(), 1, true));
        markRate((ObjectNode) series.get(0), maxRate);
        return ChartJson.write(option);
    }

    /** Good requests per second and the share of requests meeting the SLO, against offered load. */
    static String goodputAgainstLoad(List<LoadPoint> sweep, double maxRate, Slo slo) {
        ObjectNode option = base("offered load (requests/s)");
        ArrayNode axes = option.putArray("yAxis");
        axes.addObject().put("type", "value").put("name", "goodput (requests/s)");
        axes.addObject().put("type", "value").put("name", "meeting SLO (%)").put("min", 0).put("max", 100);
        ArrayNode series = option.putArray("series");
        series.add(line("goodput", sweep, p -> p.result().goodput().requestsPerSecond(), 0, false));
        ObjectNode attainment = line("meeting SLO", sweep, p -> 100 * p.result().goodput().fraction(), 1, true);
        ObjectNode target = attainment.putObject("markLine").put("symbol", "none");
        target.putObject("label").put("formatter", "target " + Texts.plain(slo.attainmentPercent()) + "%")
                .put("position", "insideStartTop");
        target.putArray("data").addObject().put("yAxis", slo.attainmentPercent());
        series.add(attainment);
        markRate((ObjectNode) series.get(0), maxRate);
        return ChartJson.write(option);
    }

    /** KV-cache blocks in use over the main run, percent of capacity (time-weighted buckets). */
    static String kvOccupancy(List<KvSample> samples) {
        ObjectNode option = base("simulated time (s)");
        option.putArray("yAxis").addObject().put("type", "value").put("name", "KV cache in use (%)")
                .put("min", 0).put("max", 100);
        ObjectNode series = option.putArray("series").addObject();
        series.put("name", "KV occupancy").put("type", "line").put("showSymbol", false);
        series.putObject("areaStyle").put("opacity", 0.25);
        ArrayNode data = series.putArray("data");
        samples.forEach(s -> point(data, s.timeSeconds(), 100 * s.occupancy()));
        return ChartJson.write(option);
    }

    private static LatencySummary tpot(LoadPoint point) {
        return point.result().tpot();
    }

    private static ObjectNode base(String xName) {
        ObjectNode option = ChartJson.object();
        option.putObject("tooltip").put("trigger", "axis");
        option.putObject("legend").put("type", "scroll").put("top", 0);
        option.putObject("grid").put("left", 70).put("right", 70).put("top", 60).put("bottom", 50);
        option.putObject("xAxis").put("type", "value").put("name", xName).put("nameLocation", "middle")
                .put("nameGap", 30);
        return option;
    }

    private static ObjectNode line(String name, List<LoadPoint> sweep, ToDoubleFunction<LoadPoint> value, int axis,
                                   boolean dashed) {
        ObjectNode series = ChartJson.object();
        series.put("name", name).put("type", "line").put("yAxisIndex", axis);
        if (dashed) {
            series.putObject("lineStyle").put("type", "dashed");
        }
        ArrayNode data = series.putArray("data");
        sweep.forEach(p -> point(data, p.ratePerSecond(), value.applyAsDouble(p)));
        return series;
    }

    private static void point(ArrayNode data, double x, double y) {
        if (Double.isFinite(x) && Double.isFinite(y)) {
            data.addArray().add(x).add(y);
        }
    }

    private static void markRate(ObjectNode series, double rate) {
        if (!Double.isFinite(rate)) {
            return;
        }
        ObjectNode mark = series.putObject("markLine").put("symbol", "none");
        mark.putObject("label").put("formatter", "SLO limit").put("position", "insideEndTop");
        mark.putArray("data").addObject().put("xAxis", rate);
    }
}
