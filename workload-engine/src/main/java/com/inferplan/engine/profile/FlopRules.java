package com.inferplan.engine.profile;

/**
 * What counts as a FLOP, shared by the analytic profile and the reference executor's counters
 * (see docs/decisions/0200-profile-flop-and-byte-counting.md). GEMMs count 2 per multiply-add.
 * Elementwise work counts one FLOP per arithmetic operation, exp, divide and comparison included;
 * once-per-row scalars (a row's max, its rsqrt) are not counted.
 */
public final class FlopRules {

    public static final int PER_MULTIPLY_ADD = 2;
    public static final int BIAS_PER_ELEMENT = 1;
    /** Square-accumulate (2), scale by rsqrt (1), multiply by the weight (1). */
    public static final int RMS_NORM_PER_ELEMENT = 4;
    /** A rotated pair costs 4 multiplies and 2 adds: 3 per element. */
    public static final int ROPE_PER_ELEMENT = 3;
    /** Per attention score: scale, subtract max, exp, add to the sum, divide. */
    public static final int SOFTMAX_PER_SCORE = 5;
    /** gpt-oss sink logit: subtract max, exp, add to the denominator (per head per query). */
    public static final int SINK_PER_HEAD_QUERY = 3;
    /** silu(g)·u: exp, add, divide (sigmoid), times g, times u. */
    public static final int SWIGLU_PER_ELEMENT = 5;
    /** gpt-oss: 3 clamps, α·g, sigmoid (3), times g, u + 1, product. */
    public static final int CLAMPED_SWIGLU_PER_ELEMENT = 10;
    /** Router scoring (softmax or sigmoid and selection) per expert logit. */
    public static final int ROUTER_PER_LOGIT = 4;
    /**
     * Gemma 4's router input per element: a weightless RMSNorm (3), times the learned scale (1)
     * and the constant hidden^-1/2 (1).
     */
    public static final int SCALED_ROUTER_NORM_PER_ELEMENT = 5;
    /** Normalising one selected expert weight. */
    public static final int ROUTER_PER_SELECTED = 1;
    /** Weighting an expert output and accumulating it. */
    public static final int COMBINE_PER_ELEMENT = 2;
    public static final int RESIDUAL_PER_ELEMENT = 1;
    /** Greedy sampling: one comparison per logit. */
    public static final int SAMPLING_PER_LOGIT = 1;
    /** silu(x) = x·sigmoid(x): exp, add, divide, times x. */
    public static final int SILU_PER_ELEMENT = 4;
    /** sigmoid of one logit: exp, add, divide. */
    public static final int SIGMOID = 3;
    /** sigmoid(g)·y (Qwen3.5's gated attention output): sigmoid (3), times y. */
    public static final int SIGMOID_GATE_PER_ELEMENT = 4;
    /**
     * L2 norm of a q or k head (Gated DeltaNet), or a weightless RMSNorm (Llama 4's q/k norm,
     * Gemma 4's v norm): square-accumulate (2), scale (1).
     */
    public static final int L2_NORM_PER_ELEMENT = 3;
    /**
     * Gated DeltaNet gates per value head and token: a + dt_bias, softplus (exp, add, log),
     * exp(A_log), the product, the decay exp(g); beta = sigmoid(b) (3).
     */
    public static final int DELTA_GATES_PER_HEAD = 10;
    /** Per state element and token: decay S·exp(g) (1), kᵀS (2), S += k ⊗ δ (2), qᵀS (2). */
    public static final int DELTA_RULE_PER_STATE_ELEMENT = 7;
    /** Per value element and token: δ = (v − kᵀS) · beta. */
    public static final int DELTA_RULE_PER_VALUE = 2;
    /**
     * Mamba-2 gates per head and token: dt + dt_bias (1), softplus (exp, add, log: 3),
     * A = −exp(A_log) (2), dt·A (1), the decay exp(dt·A) (1).
     */
    public static final int MAMBA_GATES_PER_HEAD = 8;
    /** Per state element and token: decay h·exp(dt·A) (1), h += (dt·x)·B (2), y += C·h (2). */
    public static final int MAMBA_PER_STATE_ELEMENT = 5;
    /** Per value element and token: dt·x (1), the skip y += D·x (2). */
    public static final int MAMBA_PER_VALUE = 3;
    /** Nemotron-H's squared ReLU, max(0, x)²: compare, multiply. */
    public static final int RELU2_PER_ELEMENT = 2;

    private FlopRules() {
    }

    public static int swiGluPerElement(boolean clamped) {
        return clamped ? CLAMPED_SWIGLU_PER_ELEMENT : SWIGLU_PER_ELEMENT;
    }
}
