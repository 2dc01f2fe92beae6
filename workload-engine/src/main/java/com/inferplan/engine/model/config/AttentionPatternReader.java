package com.inferplan.engine.model.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.inferplan.engine.model.AttentionWindow;
import com.inferplan.engine.model.ModelFamily;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Reads the per-layer attention window. Precedence: an explicit {@code layer_types} list (gpt-oss,
 * newer Qwen configs); else Mistral/Mixtral's {@code sliding_window} on every layer; else Qwen's
 * {@code use_sliding_window}, which slides layers from {@code max_window_layers} on.
 */
final class AttentionPatternReader {

    private static final String FULL = "full_attention";
    private static final String SLIDING = "sliding_attention";

    private AttentionPatternReader() {
    }

    static List<AttentionWindow> read(ConfigFields f, ModelFamily family, int layers) {
        if (f.has("layer_types")) {
            return fromLayerTypes(f, layers);
        }
        if (family == ModelFamily.GPT_OSS) {
            f.reject("layer_types", FieldError.MISSING, "gpt_oss configs must list layer_types");
            return uniform(AttentionWindow.FULL, layers);
        }
        return switch (family) {
            case MISTRAL, MIXTRAL -> f.has("sliding_window")
                    ? uniform(window(f), layers)
                    : uniform(AttentionWindow.FULL, layers);
            case QWEN2, QWEN3, QWEN3_MOE -> qwenPattern(f, layers);
            case GEMMA2 -> everyNthFull(f, layers, 2);
            case GEMMA3 -> everyNthFull(f, layers, f.optionalPositiveInt("sliding_window_pattern", 6));
            case LLAMA4 -> llama4Pattern(f, layers);
            default -> uniform(AttentionWindow.FULL, layers);
        };
    }

    private static List<AttentionWindow> fromLayerTypes(ConfigFields f, int layers) {
        JsonNode types = f.node("layer_types");
        if (!types.isArray() || (layers > 0 && types.size() != layers)) {
            f.reject("layer_types", types.toString(), "must be a list with one entry per layer (" + layers + ")");
            return uniform(AttentionWindow.FULL, Math.max(layers, 0));
        }
        List<AttentionWindow> pattern = new ArrayList<>(types.size());
        AttentionWindow sliding = null;
        for (JsonNode type : types) {
            String text = type.asText();
            if (FULL.equals(text) || LinearAttentionReader.LINEAR.equals(text)) {
                // a linear layer's window entry is unused: LinearAttentionReader marks it
                pattern.add(AttentionWindow.FULL);
            } else if (SLIDING.equals(text)) {
                sliding = sliding == null ? window(f) : sliding;
                pattern.add(sliding);
            } else {
                f.reject("layer_types", type.toString(), "unknown layer type; expected " + FULL + ", " + SLIDING
                        + " or " + LinearAttentionReader.LINEAR);
                pattern.add(AttentionWindow.FULL);
            }
        }
        return pattern;
    }

    private static List<AttentionWindow> qwenPattern(ConfigFields f, int layers) {
        if (!f.optionalBoolean("use_sliding_window", false)) {
            return uniform(AttentionWindow.FULL, layers);
        }
        AttentionWindow sliding = window(f);
        int fullLayers = f.optionalNonNegativeInt("max_window_layers", layers);
        List<AttentionWindow> pattern = new ArrayList<>(layers);
        for (int layer = 0; layer < layers; layer++) {
            pattern.add(layer >= fullLayers ? sliding : AttentionWindow.FULL);
        }
        return pattern;
    }

    /** Gemma: layers 1..n-1 of every n slide, the n-th is global (Gemma 2: n = 2; Gemma 3: 6). */
    private static List<AttentionWindow> everyNthFull(ConfigFields f, int layers, int n) {
        AttentionWindow sliding = window(f);
        List<AttentionWindow> pattern = new ArrayList<>(layers);
        for (int layer = 0; layer < layers; layer++) {
            pattern.add((layer + 1) % n == 0 ? AttentionWindow.FULL : sliding);
        }
        return pattern;
    }

    /**
     * Llama 4: {@code no_rope_layers[i]} is 1 for a chunked RoPE layer and 0 for a global NoPE one;
     * absent, every fourth layer is global (the transformers default).
     */
    private static List<AttentionWindow> llama4Pattern(ConfigFields f, int layers) {
        AttentionWindow chunked = AttentionWindow.chunked(Math.max(1, f.requiredPositiveInt("attention_chunk_size")));
        JsonNode flags = f.node("no_rope_layers");
        boolean listed = flags != null && !flags.isNull();
        if (listed && (!flags.isArray() || flags.size() != layers)) {
            f.reject("no_rope_layers", flags.toString(), "must be a list with one entry per layer (" + layers + ")");
            listed = false;
        }
        List<AttentionWindow> pattern = new ArrayList<>(layers);
        for (int layer = 0; layer < layers; layer++) {
            boolean local = listed ? flags.get(layer).asInt() != 0 : (layer + 1) % 4 != 0;
            pattern.add(local ? chunked : AttentionWindow.FULL);
        }
        return pattern;
    }

    private static AttentionWindow window(ConfigFields f) {
        int tokens = f.requiredPositiveInt("sliding_window");
        return tokens > 0 ? AttentionWindow.sliding(tokens) : AttentionWindow.FULL;
    }

    private static List<AttentionWindow> uniform(AttentionWindow window, int layers) {
        return Collections.nCopies(layers, window);
    }
}
