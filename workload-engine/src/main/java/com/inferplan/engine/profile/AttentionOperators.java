package com.inferplan.engine.profile;

import com.inferplan.engine.model.AttentionWindow;
import com.inferplan.engine.model.ModelArchitecture;
import com.inferplan.engine.model.TensorGroup;

/**
 * Grouped-query attention: q/k/v projections, optional per-head q/k norm (Llama 4's weightless,
 * on its RoPE layers only), RoPE, Gemma 4's weightless v norm, attention over the (windowed)
 * context, output projection. The attention operator writes the new k and v to the cache and
 * reads every cached position its queries attend once per sequence. Qwen3-Next and Qwen3.5
 * project a gate beside the query and scale the attention output by its sigmoid. Sizes are the
 * layer's own ({@link ModelArchitecture#headDimOn}): Gemma 4's full layers are wider, have fewer
 * KV heads and no v_proj (the key projection is the value).
 */
final class AttentionOperators {

    private AttentionOperators() {
    }

    static void add(LayerOps ops, StepShape s, AttentionWindow window) {
        ModelArchitecture a = s.arch();
        double t = s.tokens();
        boolean qkvBias = a.attentionBias().onQkv();
        boolean gated = a.family().hybridLinearAttention();
        int query = a.queryWidthOn(window);
        int kv = a.kvWidthOn(window);
        ops.gemm("q_proj", OperatorKind.GEMM, t, a.hidden(), (gated ? 2L : 1L) * query, TensorGroup.ATTENTION, qkvBias);
        ops.gemm("k_proj", OperatorKind.GEMM, t, a.hidden(), kv, TensorGroup.ATTENTION, qkvBias);
        if (a.projectsValuesOn(window)) {
            ops.gemm("v_proj", OperatorKind.GEMM, t, a.hidden(), kv, TensorGroup.ATTENTION, qkvBias);
        }
        double qkElements = t * (query + kv);
        if (a.qkNormOn(window)) {
            int perElement = a.family().weightlessQkNorm() ? FlopRules.L2_NORM_PER_ELEMENT : FlopRules.RMS_NORM_PER_ELEMENT;
            ops.add("qk_norm", OperatorKind.NORM, perElement * qkElements,
                    s.vectorBytes(a.qkNormWeightsOn(window)), qkElements, qkElements, 0, 0, ops.activationPrecision());
        }
        ops.add("rope", OperatorKind.ROPE, FlopRules.ROPE_PER_ELEMENT * qkElements, 0, qkElements, qkElements, 0, 0,
                ops.activationPrecision());
        if (a.family().valueNorm()) {
            double values = t * kv;
            ops.add("v_norm", OperatorKind.NORM, FlopRules.L2_NORM_PER_ELEMENT * values, 0, values, values, 0, 0,
                    ops.activationPrecision());
        }
        attention(ops, s, window);
        if (gated) {
            double out = t * query;
            ops.elementwise("attn_gate", FlopRules.SIGMOID_GATE_PER_ELEMENT * out, 2 * out, out);
        }
        ops.gemm("o_proj", OperatorKind.GEMM, t, query, a.hidden(), TensorGroup.ATTENTION, a.attentionBias().onOutput());
    }

    private static void attention(LayerOps ops, StepShape s, AttentionWindow window) {
        ModelArchitecture a = s.arch();
        double t = s.tokens();
        int query = a.queryWidthOn(window);
        double pairs = s.batch() * a.heads() * AttentionSpan.pairs(s.context(), s.newTokens(), window);
        double perPair = 2.0 * FlopRules.PER_MULTIPLY_ADD * a.headDimOn(window) + FlopRules.SOFTMAX_PER_SCORE;
        double flops = pairs * perPair;
        double sinkBytes = 0;
        if (a.attentionSinks()) {
            flops += FlopRules.SINK_PER_HEAD_QUERY * t * a.heads();
            sinkBytes = s.vectorBytes(a.heads());
        }
        double kvPerToken = 2.0 * a.kvWidthOn(window);
        double readPositions = s.batch() * AttentionSpan.readPositions(s.context(), s.newTokens(), window);
        ops.add("attention", OperatorKind.ATTENTION, flops, sinkBytes,
                t * (query + kvPerToken), t * query,
                readPositions * kvPerToken, t * kvPerToken, ops.activationPrecision());
    }
}
