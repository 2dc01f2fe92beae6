package com.inferplan.engine.model.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.inferplan.catalog.Precision;
import com.inferplan.engine.model.Int4Packing;
import java.util.Iterator;
import java.util.Map;

/**
 * The weight format of a compressed-tensors checkpoint ({@code quant_method: compressed-tensors}):
 * one precision for every {@code Linear}, from the config groups' {@code weights.num_bits} and
 * {@code type} and the {@code format} (Kimi K2.5: 4-bit int, group 32, {@code pack-quantized}), and
 * the INT4 groups' scale layout.
 */
final class CompressedTensors {

    private static final String GROUPS = "quantization_config.config_groups";
    /** Zero points of asymmetric schemes are packed like the weights (4 bits each). */
    private static final int INT4_ZERO_POINT_BITS = 4;

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

    /**
     * The INT4 groups' layout: {@code group_size} weights per scale of {@code scale_dtype} (absent:
     * the checkpoint's dtype, which compressed-tensors stores its scales in) and, unless
     * {@code symmetric}, a 4-bit zero point per group; null when no group is INT4 with the
     * {@code group} strategy (other layouts keep the generic INT4 figure).
     */
    static Int4Packing int4Packing(ConfigFields f, JsonNode q, Precision base) {
        Int4Packing chosen = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = q.path("config_groups").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> group = it.next();
            String field = GROUPS + "." + group.getKey() + ".weights";
            Int4Packing packing = packing(f, field, group.getValue().path("weights"), base);
            if (packing != null && chosen != null && !packing.equals(chosen)) {
                f.reject(field + ".group_size", group.getValue().path("weights").path("group_size").toString(),
                        "INT4 config groups of different group layouts are not supported");
            }
            chosen = packing == null ? chosen : packing;
        }
        return chosen;
    }

    private static Int4Packing packing(ConfigFields f, String field, JsonNode w, Precision base) {
        boolean groupedInt4 = w.path("num_bits").asInt(0) == 4 && "int".equals(w.path("type").asText(""))
                && "group".equals(w.path("strategy").asText(""));
        if (!groupedInt4) {
            return null;
        }
        int groupSize = w.path("group_size").asInt(0);
        if (groupSize <= 0) {
            f.reject(field + ".group_size", w.path("group_size").toString(), "a group strategy needs a positive group_size");
            return null;
        }
        int scaleBits = scaleBits(f, field + ".scale_dtype", w.path("scale_dtype"), base);
        return new Int4Packing(groupSize, scaleBits, w.path("symmetric").asBoolean(true) ? 0 : INT4_ZERO_POINT_BITS);
    }

    private static int scaleBits(ConfigFields f, String field, JsonNode scaleDtype, Precision base) {
        if (scaleDtype.isMissingNode() || scaleDtype.isNull()) {
            return (int) base.bitsPerElement();
        }
        String name = scaleDtype.asText("").replace("torch.", "");
        return switch (name) {
            case "bfloat16", "float16" -> 16;
            case "float32" -> 32;
            case "float8_e4m3fn", "float8_e5m2" -> 8;
            default -> {
                f.reject(field, scaleDtype.toString(), "unsupported scale dtype; expected bfloat16, float16, float32 or float8");
                yield (int) base.bitsPerElement();
            }
        };
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
