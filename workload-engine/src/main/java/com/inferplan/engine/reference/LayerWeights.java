package com.inferplan.engine.reference;

/**
 * One decoder layer's weights. Exactly one of {@code gqa}/{@code mla}/{@code linear}/{@code mamba}
 * is set, and one of {@code dense}/{@code moe}, except on Gemma 4's MoE layers, which have both, and
 * on Nemotron-H's mixer-only layers, which have neither (nor {@code mlpNorm}). The post-attention
 * and post-MLP norms are Gemma's sandwich norms (null elsewhere).
 */
record LayerWeights(Tensor attentionNorm, Tensor mlpNorm, Mixer mixer, MlpWeights dense, MoeWeights moe,
                    Tensor postAttentionNorm, Tensor postMlpNorm) {

    /** The layer's token mixer: exactly one is set. */
    record Mixer(GqaWeights gqa, MlaWeights mla, LinearWeights linear, MambaWeights mamba) {
    }

    /**
     * Grouped-query attention; biases, q/k norms and sinks are null when the model lacks them, and
     * {@code v} on Gemma 4's full layers, whose key projection is also the value.
     */
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

    /**
     * A SwiGLU MLP (also one expert); {@code gate} null for a squared-ReLU MLP (Nemotron-H); biases
     * null unless the model has MLP biases.
     */
    record MlpWeights(Tensor gate, Tensor up, Tensor down, Tensor gateBias, Tensor upBias, Tensor downBias) {

        int width() {
            return up.rows;
        }
    }

    /**
     * Router (bias: gpt-oss logit bias or DeepSeek selection bias), routed experts, optional shared
     * MLP and, for Qwen3-Next / Qwen3.5, the shared expert's sigmoid gate (1 × hidden);
     * {@code besideDense} for Gemma 4 (null elsewhere).
     */
    record MoeWeights(Tensor router, Tensor routerBias, MlpWeights[] experts, MlpWeights shared, Tensor sharedGate,
                      BesideDense besideDense, Latent latent) {
    }

    /** LatentMoE's projections around the routed experts: hidden → latent before them, latent → hidden after. */
    record Latent(Tensor down, Tensor up) {
    }

    /** Gemma 4's experts beside the dense MLP: router input scale, per-expert scale, the branches' norms. */
    record BesideDense(Tensor routerScale, Tensor perExpertScale, Tensor expertNorm, Tensor postDenseNorm,
                       Tensor postExpertNorm) {
    }

    /** Gated DeltaNet: q/k/v, z and b/a projections, depthwise conv taps (channels × K), gates, norm, output. */
    record LinearWeights(Tensor inProjQkv, Tensor inProjZ, Tensor inProjBa, Tensor conv, Tensor dtBias, Tensor aLog,
                         Tensor norm, Tensor outProj) {
    }

    /** Mamba-2: in_proj to [z | x B C | dt], conv taps and bias, dt_bias, A_log, D, the group norm, out_proj. */
    record MambaWeights(Tensor inProj, Tensor conv, Tensor convBias, Tensor dtBias, Tensor aLog, Tensor d, Tensor norm,
                        Tensor outProj) {
    }
}
