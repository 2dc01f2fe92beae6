package com.inferplan.engine.model;

/**
 * The attention shape of full (global) layers where it differs from the sliding ones (Gemma 4:
 * {@code num_global_key_value_heads}, {@code global_head_dim}). {@code keysAsValues}
 * ({@code attention_k_eq_v}): the layer has no v_proj; the raw key projection is also the value
 * (normalised apart: k gets k_norm and RoPE, v a weightless norm), so both are still cached.
 */
public record FullAttentionShape(int kvHeads, int headDim, boolean keysAsValues) {

    public FullAttentionShape {
        if (kvHeads <= 0 || headDim <= 0) {
            throw new IllegalArgumentException("full-attention kvHeads and headDim must be positive, got "
                    + kvHeads + " and " + headDim);
        }
    }
}
