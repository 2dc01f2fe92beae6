package com.inferplan.ui.chart;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Small builders for ECharts option JSON; values that are not finite become null (a gap), never NaN. */
public final class ChartJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ChartJson() {
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    public static ArrayNode numbers(double... values) {
        ArrayNode node = array();
        for (double v : values) {
            if (Double.isFinite(v)) {
                node.add(v);
            } else {
                node.addNull();
            }
        }
        return node;
    }

    public static ArrayNode strings(Iterable<String> values) {
        ArrayNode node = array();
        values.forEach(node::add);
        return node;
    }

    public static String write(ObjectNode option) {
        try {
            return MAPPER.writeValueAsString(option);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("chart option not serialisable", e);
        }
    }
}
