package com.inferplan.ui.explorer;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.inferplan.backend.scenario.CandidateResult;
import com.inferplan.backend.scenario.CostFigures;
import com.inferplan.backend.scenario.Wording;
import com.inferplan.ui.chart.ChartJson;
import com.inferplan.ui.chart.EChart;
import java.util.List;

/**
 * USD per million tokens (input + output) per option: the base value as a labelled point, the Monte
 * Carlo P10–P90 as whiskers (a box plot whose box collapses onto the median). Options often differ by
 * orders of magnitude, so the axis turns logarithmic beyond a factor of 20. Options without a price are
 * named but have no point.
 */
class CostChart extends EChart {

    /** Above this ratio of dearest to cheapest option a linear axis flattens the cheap ones to nothing. */
    static final double LOG_AXIS_RATIO = 20;

    CostChart() {
        setId("explorer-cost");
        setFileName("cost per million tokens");
        setHeight("460px");
    }

    void show(List<CandidateResult> candidates) {
        ObjectNode option = ChartJson.object();
        option.putObject("title").put("text", "USD per million tokens, P10–P90").put("left", "center")
                .putObject("textStyle").put("fontSize", 14);
        option.putObject("tooltip").put("trigger", "item");
        option.putObject("grid").put("left", 70).put("right", 20).put("top", 40).put("bottom", 150);
        ArrayNode names = ChartJson.array();
        ArrayNode points = ChartJson.array();
        ArrayNode whiskers = ChartJson.array();
        double low = Double.POSITIVE_INFINITY;
        double high = 0;
        for (CandidateResult c : candidates) {
            names.add("Option " + (c.index() + 1) + (c.cost() == null ? "\n(no price)" : ""));
            CostFigures cost = c.cost();
            if (cost == null) {
                points.addNull();
                whiskers.add(ChartJson.array());
                continue;
            }
            double p10 = cost.blendedSpread().p10();
            double p50 = cost.blendedSpread().p50();
            double p90 = cost.blendedSpread().p90();
            double base = cost.usdPerMillionBlendedTokens().value();
            ObjectNode point = ChartJson.object().put("value", base);
            point.putObject("label").put("show", true).put("position", "right").put("formatter", Wording.usd(base));
            points.add(point);
            whiskers.add(ChartJson.numbers(p10, p50, p50, p50, p90));
            low = Math.min(low, p10);
            high = Math.max(high, p90);
        }
        option.putObject("xAxis").put("type", "category").set("data", names);
        boolean log = low > 0 && high / low > LOG_AXIS_RATIO;
        option.putObject("yAxis").put("type", log ? "log" : "value").put("name", "USD / M tokens");
        ArrayNode series = option.putArray("series");
        series.add(ChartJson.object().put("name", "P10–P90").put("type", "boxplot").put("boxWidth", 28)
                .set("data", whiskers));
        series.add(ChartJson.object().put("name", "base").put("type", "scatter").put("symbolSize", 12)
                .set("data", points));
        setOption(ChartJson.write(option));
    }
}
