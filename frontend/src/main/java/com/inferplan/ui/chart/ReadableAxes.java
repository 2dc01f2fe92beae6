package com.inferplan.ui.chart;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Axis labels that are never cut off: every chart with axes gets ECharts' {@code grid.containLabel},
 * so the plot area shrinks to make room for its tick labels (a "$1,234.5" on a 70 px margin was
 * clipped; a phone's 358 px chart clipped more). The margins a chart sets stay as room for axis
 * names and legends; a chart that sets containLabel itself keeps its choice.
 */
public final class ReadableAxes {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ReadableAxes() {
    }

    public static String addTo(String optionJson) {
        JsonNode root;
        try {
            root = MAPPER.readTree(optionJson);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("chart option is not JSON", e);
        }
        if (!(root instanceof ObjectNode option) || !option.has("xAxis")) {
            return optionJson;
        }
        JsonNode grid = option.get("grid");
        if (grid == null || !(grid.isObject() || grid.isArray())) {
            option.putObject("grid").put("containLabel", true);
        } else if (grid.isObject()) {
            contain((ObjectNode) grid);
        } else {
            grid.forEach(g -> {
                if (g instanceof ObjectNode each) {
                    contain(each);
                }
            });
        }
        return ChartJson.write(option);
    }

    private static void contain(ObjectNode grid) {
        if (!grid.has("containLabel")) {
            grid.put("containLabel", true);
        }
    }
}
