package com.inferplan.engine.model;

/** How a family turns router logits into top-k expert weights. */
public enum MoeRouting {
    /** Mixtral, Qwen3-MoE: softmax over all experts, keep the top k, renormalise. */
    SOFTMAX_THEN_TOP_K,
    /** gpt-oss: keep the top k logits, softmax over those k. */
    TOP_K_THEN_SOFTMAX,
    /** DeepSeek-V3: sigmoid scores, bias-corrected group-limited top k, normalised and scaled. */
    SIGMOID_GROUP_LIMITED
}
