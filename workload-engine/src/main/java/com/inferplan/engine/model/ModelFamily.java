package com.inferplan.engine.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The Hugging Face {@code model_type} values InferPlan can import. */
public enum ModelFamily {
    LLAMA("llama"),
    MISTRAL("mistral"),
    MIXTRAL("mixtral"),
    QWEN2("qwen2"),
    QWEN3("qwen3"),
    QWEN3_MOE("qwen3_moe"),
    GPT_OSS("gpt_oss"),
    DEEPSEEK_V3("deepseek_v3"),
    /** Kimi K2: the DeepSeek-V3 architecture (MLA, sigmoid group-limited routing) with its own type. */
    KIMI_K2("kimi_k2"),
    /** DeepSeek-V3.2 (and -Exp): DeepSeek-V3 with sparse attention (lightning indexer + top-k). */
    DEEPSEEK_V32("deepseek_v32"),
    /** GLM-5: MLA with DeepSeek sparse attention and DeepSeek-style MoE. */
    GLM_MOE_DSA("glm_moe_dsa"),
    PHI3("phi3"),
    /** MiniMax-M2: GQA with q/k RMSNorm across all heads, sigmoid-routed experts with a score bias. */
    MINIMAX_M2("minimax_m2"),
    GEMMA2("gemma2"),
    GEMMA3("gemma3_text"),
    /**
     * Gemma 4 text model (the {@code text_config} of a {@code gemma4} checkpoint): Gemma 3's sliding
     * and full layers with their own KV heads and head width on the full ones (keys doubling as
     * values there), a weightless norm on v, and on MoE checkpoints routed experts beside the dense MLP.
     */
    GEMMA4("gemma4_text"),
    /**
     * Llama 4 text model (the {@code text_config} of a {@code llama4} checkpoint): chunked local
     * attention with a global layer every fourth, routed experts with one shared expert on every
     * {@code interleave_moe_layer_step}-th layer, dense MLPs of {@code intermediate_size_mlp} between.
     */
    LLAMA4("llama4_text"),
    /**
     * Qwen3-Next: Gated DeltaNet linear-attention layers beside gated full attention (every
     * {@code full_attention_interval}-th layer), routed experts with a sigmoid-gated shared expert.
     */
    QWEN3_NEXT("qwen3_next"),
    /** Qwen3.5 dense text model (the {@code text_config} of a {@code qwen3_5} checkpoint), hybrid like Qwen3-Next. */
    QWEN3_5("qwen3_5_text"),
    /** Qwen3.5 MoE text model (the {@code text_config} of a {@code qwen3_5_moe} checkpoint). */
    QWEN3_5_MOE("qwen3_5_moe_text"),
    /**
     * GLM-4.5 / 4.6 / 4.7 ({@code glm4_moe}): GQA with q/k/v biases and optional per-head q/k norm,
     * DeepSeek-style routing (sigmoid with a score bias, one shared expert, dense first layers),
     * RoPE on half of each head ({@code partial_rotary_factor} 0.5).
     */
    GLM4_MOE("glm4_moe"),
    /**
     * Nemotron-H / Nemotron Nano 2 / Nemotron 3 ({@code nemotron_h}): Mamba-2 mixer blocks, a few GQA
     * attention blocks and squared-ReLU MLP (or sigmoid-routed MoE) blocks, stacked as
     * {@code hybrid_override_pattern} says.
     */
    NEMOTRON_H("nemotron_h");

    private final String modelType;

    ModelFamily(String modelType) {
        this.modelType = modelType;
    }

    public String modelType() {
        return modelType;
    }

    /** gpt-oss uses a clamped SwiGLU with a sigmoid slope and an (up + 1) term; the rest plain SwiGLU. */
    public boolean clampedSwiGlu() {
        return this == GPT_OSS;
    }

    /** Multi-head latent attention and DeepSeek's routing. */
    public boolean deepSeekStyle() {
        return this == DEEPSEEK_V3 || this == KIMI_K2 || this == DEEPSEEK_V32 || this == GLM_MOE_DSA;
    }

    /**
     * Gemma's "sandwich" norms: besides the norms before attention and MLP, one after each
     * (post_attention_layernorm, post_feedforward_layernorm), four per layer.
     */
    public boolean sandwichNorms() {
        return this == GEMMA2 || this == GEMMA3 || this == GEMMA4;
    }

    /** Gemma 4's v_norm: a weightless RMSNorm of each value head before it is cached. */
    public boolean valueNorm() {
        return this == GEMMA4;
    }

    /**
     * Gemma 4's MoE layers keep the dense MLP and add the routed experts beside it: the experts read
     * the residual through their own norm (the router through a weightless norm with a learned
     * scale), and each branch has a post-norm before the two are summed (enable_moe_block).
     */
    public boolean denseMlpBesideExperts() {
        return this == GEMMA4;
    }

    /** q/k RMSNorm over the whole projection (one weight per channel of every head), not per head. */
    public boolean qkNormAcrossHeads() {
        return this == MINIMAX_M2;
    }

    /**
     * Llama 4's {@code use_qk_norm} (Scout): a weightless L2 norm (RMSNorm without a scale) of q and
     * k after RoPE, only on the RoPE layers, which are the chunked ones (transformers builds
     * {@code Llama4TextL2Norm} only where {@code use_rope}).
     */
    public boolean weightlessQkNorm() {
        return this == LLAMA4;
    }

    /** Gated DeltaNet layers, a sigmoid gate on the full-attention output and on the shared expert. */
    public boolean hybridLinearAttention() {
        return this == QWEN3_NEXT || this == QWEN3_5 || this == QWEN3_5_MOE;
    }

    /** SwiGLU MLPs (gate, up, down); Nemotron-H's are up, squared ReLU, down. */
    public boolean gatedMlp() {
        return this != NEMOTRON_H;
    }

    public static Optional<ModelFamily> fromModelType(String modelType) {
        return Arrays.stream(values()).filter(f -> f.modelType.equals(modelType)).findFirst();
    }

    public static String supportedModelTypes() {
        return Arrays.stream(values()).map(ModelFamily::modelType).collect(Collectors.joining(", "));
    }
}
