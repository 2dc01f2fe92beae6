package com.inferplan.engine.model.config;

import com.inferplan.engine.model.FullAttentionShape;
import com.inferplan.engine.model.ModelFamily;

/**
 * Gemma 4's full-attention shape, as transformers' {@code Gemma4TextAttention} builds it: the head
 * width is {@code global_head_dim} when given; the KV heads are {@code num_global_key_value_heads}
 * only where {@code attention_k_eq_v} holds (otherwise the full layers keep
 * {@code num_key_value_heads}). The small models' per-layer input embeddings and cross-layer KV
 * sharing (E2B, E4B) are refused, naming the field, rather than counted wrongly.
 */
final class Gemma4Reader {

    private Gemma4Reader() {
    }

    /** Null for other families. */
    static FullAttentionShape fullAttention(ConfigFields f, ModelFamily family, int headDim, int kvHeads) {
        if (family != ModelFamily.GEMMA4) {
            return null;
        }
        refuseNonZero(f, "num_kv_shared_layers", "layers reusing an earlier layer's KV (Gemma 4 E2B/E4B) are not modelled");
        refuseNonZero(f, "hidden_size_per_layer_input", "per-layer input embeddings (Gemma 4 E2B/E4B) are not modelled");
        boolean keysAsValues = f.optionalBoolean("attention_k_eq_v", false);
        int fullKvHeads = keysAsValues ? f.optionalPositiveInt("num_global_key_value_heads", kvHeads) : kvHeads;
        int fullHeadDim = f.optionalPositiveInt("global_head_dim", headDim);
        return fullKvHeads > 0 && fullHeadDim > 0 ? new FullAttentionShape(fullKvHeads, fullHeadDim, keysAsValues) : null;
    }

    private static void refuseNonZero(ConfigFields f, String field, String message) {
        if (f.optionalNonNegativeInt(field, 0) != 0) {
            f.reject(field, f.node(field).toString(), message);
        }
    }
}
