package com.inferplan.engine.reference;

/**
 * One decoder layer's weights. Exactly one of {@code gqa}/{@code mla}/{@code linear} and one of
 * {@code dense}/{@code moe} is set.
 */
record LayerWeights(Tensor attentionNorm, Tensor mlpNorm, GqaWeights gqa, MlaWeights mla, LinearWeights linear,
                    MlpWeights dense, MoeWeights moe) {

    /** Grouped-query attention; biases, q/k norms and sinks are null when the model lacks them. */
    record GqaWeights(Tensor q, Tensor k, Tensor v, Tensor o, Tensor qBias, Tensor kBias, Tensor vBias, Tensor oBias,
                      Tensor qNorm, Tensor kNorm, Tensor sinks) {
    }

    /**
     * Latent attention. {@code qA}/{@code qANorm} are null without query compression ({@code qB}
     * then maps the hidden state directly). {@code kUp} (heads·nope × rank) and {@code vUp}
     * (heads·v × rank) are the two halves of kv_b_proj.
     */
    record MlaWeights(Tensor qA, Tensor qANorm, Tensor qB, Tensor kvA, Tensor kvANorm, Tensor kUp, Tensor vUp, Tensor o,
                      IndexerWeights indexer) {
    }

    /** Sparse attention's indexer: index queries, key, key LayerNorm (weight, bias), per-head weights. */
    record IndexerWeights(Tensor wqB, Tensor wk, Tensor kNorm, Tensor kNormBias, Tensor headWeights) {
    }

    /** A SwiGLU MLP (also one expert); biases null unless the model has MLP biases. */
    record MlpWeights(Tensor gate, Tensor up, Tensor down, Tensor gateBias, Tensor upBias, Tensor downBias) {

        int width() {
            return gate.rows;
        }
    }

    /**
     * Router (bias: gpt-oss logit bias or DeepSeek selection bias), routed experts, optional shared
     * MLP and, for Qwen3-Next / Qwen3.5, the shared expert's sigmoid gate (1 × hidden).
     */
    record MoeWeights(Tensor router, Tensor routerBias, MlpWeights[] experts, MlpWeights shared, Tensor sharedGate) {
    }

    /** Gated DeltaNet: q/k/v, z and b/a projections, depthwise conv taps (channels × K), gates, norm, output. */
    record LinearWeights(Tensor inProjQkv, Tensor inProjZ, Tensor inProjBa, Tensor conv, Tensor dtBias, Tensor aLog,
                         Tensor norm, Tensor outProj) {
    }
}
