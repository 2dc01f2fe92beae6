package com.inferplan.ui.explorer;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.inferplan.backend.scenario.CandidateResult;
import com.inferplan.backend.scenario.Frontier;
import com.inferplan.ui.chart.ChartJson;
import com.inferplan.ui.chart.EChart;
import java.util.List;

/**
 * Tokens/s per chip (what the fleet earns) against tokens/s per user (what a developer feels): one
 * frontier per model and hardware, and each option's operating point at the peak marked with its number.
 */
class ParetoChart extends EChart {

    /** ECharts' default palette, set explicitly so an option's marker takes its frontier's colour. */
    private static final List<String> PALETTE = List.of("#5470c6", "#91cc75", "#fac858", "#ee6666", "#73c0de",
            "#3ba272");

    ParetoChart() {
        setId("explorer-pareto");
        setFileName("pareto frontiers");
        setHeight("460px");
    }

    void show(List<Frontier> frontiers, List<CandidateResult> candidates) {
        boolean withModel = frontiers.stream().map(Frontier::model).distinct().count() > 1;
        ObjectNode option = ChartJson.object();
        option.putObject("title").put("text", "Speed per user against output per chip").put("left", "center")
                .putObject("textStyle").put("fontSize", 14);
        option.putObject("tooltip").put("trigger", "item");
        option.putObject("legend").put("bottom", 0);
        option.putObject("grid").put("left", 70).put("right", 30).put("top", 40).put("bottom", 150);
        option.putObject("xAxis").put("type", "log").put("name", "output tokens/s per user").put("nameLocation", "middle")
                .put("nameGap", 26);
        option.putObject("yAxis").put("type", "log").put("name", "output tokens/s per chip");
        ArrayNode series = option.putArray("series");
        for (int i = 0; i < frontiers.size(); i++) {
            Frontier f = frontiers.get(i);
            ArrayNode data = ChartJson.array();
            f.points().forEach(p -> data.add(ChartJson.numbers(p.tokensPerSecondPerUser(), p.tokensPerSecondPerChip())));
            series.add(ChartJson.object().put("name", f.hardwareName() + (withModel ? " · " + f.model() : ""))
                    .put("type", "line").put("showSymbol", false).put("color", colour(i)).set("data", data));
        }
        series.add(operatingPoints(candidates, frontiers));
        setOption(ChartJson.write(option));
    }

    private static String colour(int i) {
        return PALETTE.get(i % PALETTE.size());
    }

    private static ObjectNode operatingPoints(List<CandidateResult> candidates, List<Frontier> frontiers) {
        ArrayNode data = ChartJson.array();
        for (CandidateResult c : candidates) {
            if (c.fits()) {
                ObjectNode point = ChartJson.object().put("name", "Option " + (c.index() + 1));
                for (int i = 0; i < frontiers.size(); i++) {
                    if (frontiers.get(i).hardware().equals(c.hardware()) && frontiers.get(i).model().equals(c.model())) {
                        point.putObject("itemStyle").put("color", colour(i)).put("borderColor", "#333");
                    }
                }
                point.set("value", ChartJson.numbers(c.operatingPoint().tokensPerSecondPerUser(),
                        c.operatingPoint().tokensPerSecondPerChip()));
                data.add(point);
            }
        }
        ObjectNode label = ChartJson.object().put("show", true).put("position", "right").put("formatter", "{b}");
        return ChartJson.object().put("name", "Options at the peak").put("type", "scatter").put("symbol", "diamond")
                .put("symbolSize", 14).put("z", 10).<ObjectNode>set("label", label).set("data", data);
    }
}
