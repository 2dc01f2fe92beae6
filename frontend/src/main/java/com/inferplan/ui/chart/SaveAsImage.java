package com.inferplan.ui.chart;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/**
 * Every chart's "Save as PNG" button: ECharts' toolbox {@code saveAsImage} added to an option, with the
 * file name the chart was given, at twice the screen's resolution on a white background (a chart pasted
 * into a slide must not come out transparent). An option that already has a toolbox keeps its own buttons.
 */
public final class SaveAsImage {

    static final String TITLE = "Save as PNG";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SaveAsImage() {
    }

    public static String addTo(String optionJson, String fileName) {
        JsonNode root;
        try {
            root = MAPPER.readTree(optionJson);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("chart option is not JSON", e);
        }
        if (!(root instanceof ObjectNode option)) {
            return optionJson;
        }
        ObjectNode toolbox = option.has("toolbox") && option.get("toolbox").isObject()
                ? (ObjectNode) option.get("toolbox") : option.putObject("toolbox").put("right", 8).put("top", 0);
        ObjectNode feature = toolbox.has("feature") && toolbox.get("feature").isObject()
                ? (ObjectNode) toolbox.get("feature") : toolbox.putObject("feature");
        if (!feature.has("saveAsImage")) {
            feature.putObject("saveAsImage").put("name", slug(fileName)).put("title", TITLE).put("type", "png")
                    .put("pixelRatio", 2).put("backgroundColor", "#ffffff");
        }
        return ChartJson.write(option);
    }

    /** "Pareto chart" → "inferplan-pareto-chart"; ECharts adds ".png". */
    static String slug(String name) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.startsWith("inferplan-") || slug.equals("inferplan")) {
            return slug;
        }
        return "inferplan-" + (slug.isEmpty() ? "chart" : slug);
    }
}
