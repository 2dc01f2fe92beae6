package com.inferplan.engine.profile;

import com.inferplan.engine.model.LinearAttentionSpec;
import com.inferplan.engine.model.TensorGroup;

/**
 * A Gated DeltaNet layer: q/k/v, z and b/a projections, the short causal convolution over q, k
 * and v, the gated delta rule over each sequence's fixed-size state, the gated RMSNorm and the
 * output projection. Work grows with the step's tokens, never with the context. Each sequence's
 * conv and delta-rule state is read once per step (a first prefill reads its zero state too, which
 * keeps the cost linear in tokens and sequences) and written once, as a chunked prefill kernel
 * keeps it on chip across the step's tokens; FLOPs are the token-by-token
 * recurrence (docs/decisions/0207-gated-deltanet-operators-and-state.md).
 */
final class LinearAttentionOperators {

    private LinearAttentionOperators() {
    }

    static void add(LayerOps ops, StepShape s) {
        LinearAttentionSpec l = s.arch().linearAttention();
        double t = s.tokens();
        long d = s.arch().hidden();
        ops.gemm("in_proj_qkv", OperatorKind.GEMM, t, d, l.convChannels(), TensorGroup.ATTENTION, false);
        ops.gemm("in_proj_z", OperatorKind.GEMM, t, d, l.valueWidth(), TensorGroup.ATTENTION, false);
        ops.gemm("in_proj_ba", OperatorKind.GEMM, t, d, 2L * l.valueHeads(), TensorGroup.ATTENTION, false);
        shortConv(ops, s, l);
        deltaRule(ops, s, l);
        double values = t * l.valueWidth();
        ops.add("linear_norm", OperatorKind.NORM,
                (FlopRules.RMS_NORM_PER_ELEMENT + FlopRules.SWIGLU_PER_ELEMENT) * values,
                s.vectorBytes(l.valueHeadDim()), 2 * values, values, 0, 0, ops.activationPrecision());
        ops.gemm("out_proj", OperatorKind.GEMM, t, l.valueWidth(), d, TensorGroup.ATTENTION, false);
    }

    private static void shortConv(LayerOps ops, StepShape s, LinearAttentionSpec l) {
        double elements = (double) s.tokens() * l.convChannels();
        double stateBytes = s.batch() * l.convStateElements() * s.kvBytes();
        ops.stateful("short_conv", OperatorKind.SHORT_CONV,
                elements * (FlopRules.PER_MULTIPLY_ADD * l.convKernel() + FlopRules.SILU_PER_ELEMENT),
                s.vectorBytes((double) l.convChannels() * l.convKernel()), elements, elements,
                stateBytes, stateBytes);
    }

    private static void deltaRule(LayerOps ops, StepShape s, LinearAttentionSpec l) {
        double t = s.tokens();
        double perToken = l.keyWidth() * (2.0 * FlopRules.L2_NORM_PER_ELEMENT + 1)
                + (double) l.valueHeads() * FlopRules.DELTA_GATES_PER_HEAD
                + (double) l.recurrentStateElements() * FlopRules.DELTA_RULE_PER_STATE_ELEMENT
                + (double) l.valueWidth() * FlopRules.DELTA_RULE_PER_VALUE;
        double stateBytes = s.batch() * l.recurrentStateElements() * stateBytesPerElement(s, l);
        ops.stateful("linear_attention", OperatorKind.LINEAR_ATTENTION, t * perToken,
                s.vectorBytes(2.0 * l.valueHeads()), t * (2.0 * l.keyWidth() + l.valueWidth() + 2.0 * l.valueHeads()),
                t * l.valueWidth(), stateBytes, stateBytes);
    }

    private static double stateBytesPerElement(StepShape s, LinearAttentionSpec l) {
        return l.statePrecision() == null ? s.kvBytes() : l.statePrecision().bytesPerElement();
    }
}
