package com.inferplan.engine.model.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.inferplan.catalog.Precision;
import java.util.Iterator;
import java.util.Map;

/**
 * The weight format of a compressed-tensors checkpoint ({@code quant_method: compressed-tensors}):
 * one precision for every {@code Linear}, from the config groups' {@code weights.num_bits} and
 * {@code type} and the {@code format} (Kimi K2.5: 4-bit int, group 32, {@code pack-quantized}).
 */
final class CompressedTensors {

    private static final String GROUPS = "quantization_config.config_groups";

    private CompressedTensors() {
    }

    static Precision precision(ConfigFields f, JsonNode q) {
        JsonNode groups = q.path("config_groups");
        Precision chosen = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = groups.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> group = it.next();
            String field = GROUPS + "." + group.getKey();
            if (!targetsLinear(group.getValue().path("targets"))) {
                f.reject(field + ".targets", group.getValue().path("targets").toString(),
                        "only groups targeting Linear are supported");
            }
            Precision p = weights(f, field + ".weights", group.getValue().path("weights"), q.path("format").asText(""));
            if (chosen != null && p != chosen) {
                f.reject(field, p.label(), "config groups of different weight formats are not supported");
            }
            chosen = p;
        }
        if (chosen == null) {
            f.reject(GROUPS, groups.toString(), "must name at least one group with weights");
            return Precision.BF16;
        }
        return chosen;
    }

    private static boolean targetsLinear(JsonNode targets) {
        for (JsonNode t : targets) {
            if ("Linear".equals(t.asText())) {
                return true;
            }
        }
        return false;
    }

    private static Precision weights(ConfigFields f, String field, JsonNode w, String format) {
        int bits = w.path("num_bits").asInt(0);
        boolean floating = "float".equals(w.path("type").asText(""));
        if (bits == 8) {
            return floating ? Precision.FP8 : Precision.INT8;
        }
        if (bits == 4 && !floating) {
            return Precision.INT4;
        }
        if (bits == 4) {
            return format.startsWith("nvfp4") ? Precision.NVFP4 : format.startsWith("mxfp4") ? Precision.MXFP4 : Precision.FP4;
        }
        f.reject(field + ".num_bits", w.path("num_bits").toString(), "supported: 4 or 8 bits");
        return Precision.BF16;
    }
}
