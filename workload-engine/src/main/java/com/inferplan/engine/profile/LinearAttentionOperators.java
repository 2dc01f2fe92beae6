package com.inferplan.engine.profile;

import com.inferplan.engine.model.LinearAttentionSpec;
import com.inferplan.engine.model.TensorGroup;

/**
 * A recurrent layer: the input projections, the short causal convolution, the recurrence over
 * each sequence's fixed-size state, the gated RMSNorm and the output projection. Work grows with
 * the step's tokens, never with the context. Each sequence's conv and recurrent state is read once
 * per step (a first prefill reads its zero state too, which keeps the cost linear in tokens and
 * sequences) and written once, as a chunked prefill kernel keeps it on chip across the step's
 * tokens; FLOPs are the token-by-token recurrence.
 *
 * <p>Gated DeltaNet projects q/k/v, z and b/a separately and runs the gated delta rule
 * (docs/decisions/0207-gated-deltanet-operators-and-state.md); Mamba-2 projects z, x/B/C and dt in
 * one {@code in_proj}, adds a conv bias and runs the selective state-space update
 * (docs/decisions/0219-mamba2-hybrid-blocks.md).
 */
final class LinearAttentionOperators {

    private LinearAttentionOperators() {
    }

    static void add(LayerOps ops, StepShape s) {
        LinearAttentionSpec l = s.arch().linearAttention();
        double t = s.tokens();
        long d = s.arch().hidden();
        if (l.isMamba()) {
            ops.gemm("in_proj", OperatorKind.GEMM, t, d, l.valueWidth() + l.convChannels() + l.gateWidth(),
                    TensorGroup.ATTENTION, false);
        } else {
            ops.gemm("in_proj_qkv", OperatorKind.GEMM, t, d, l.convChannels(), TensorGroup.ATTENTION, false);
            ops.gemm("in_proj_z", OperatorKind.GEMM, t, d, l.valueWidth(), TensorGroup.ATTENTION, false);
            ops.gemm("in_proj_ba", OperatorKind.GEMM, t, d, l.gateWidth(), TensorGroup.ATTENTION, false);
        }
        shortConv(ops, s, l);
        recurrence(ops, s, l);
        double values = t * l.valueWidth();
        ops.add("linear_norm", OperatorKind.NORM,
                (FlopRules.RMS_NORM_PER_ELEMENT + FlopRules.SWIGLU_PER_ELEMENT) * values,
                s.vectorBytes(l.normWeights()), 2 * values, values, 0, 0, ops.activationPrecision());
        ops.gemm("out_proj", OperatorKind.GEMM, t, l.valueWidth(), d, TensorGroup.ATTENTION, false);
    }

    private static void shortConv(LayerOps ops, StepShape s, LinearAttentionSpec l) {
        double elements = (double) s.tokens() * l.convChannels();
        double stateBytes = s.batch() * l.convStateElements() * s.kvBytes();
        int bias = l.convBiasElements() > 0 ? FlopRules.BIAS_PER_ELEMENT : 0;
        ops.stateful("short_conv", OperatorKind.SHORT_CONV,
                elements * (FlopRules.PER_MULTIPLY_ADD * l.convKernel() + bias + FlopRules.SILU_PER_ELEMENT),
                s.vectorBytes((double) l.convChannels() * l.convKernel() + l.convBiasElements()), elements, elements,
                stateBytes, stateBytes);
    }

    private static void recurrence(LayerOps ops, StepShape s, LinearAttentionSpec l) {
        double t = s.tokens();
        double stateBytes = s.batch() * l.recurrentStateElements() * stateBytesPerElement(s, l);
        ops.stateful(l.isMamba() ? "ssm" : "linear_attention", OperatorKind.LINEAR_ATTENTION, t * flopsPerToken(l),
                s.vectorBytes(l.headParameters()), t * (2.0 * l.keyWidth() + l.valueWidth() + l.gateWidth()),
                t * l.valueWidth(), stateBytes, stateBytes);
    }

    private static double flopsPerToken(LinearAttentionSpec l) {
        if (l.isMamba()) {
            return (double) l.valueHeads() * FlopRules.MAMBA_GATES_PER_HEAD
                    + (double) l.recurrentStateElements() * FlopRules.MAMBA_PER_STATE_ELEMENT
                    + (double) l.valueWidth() * FlopRules.MAMBA_PER_VALUE;
        }
        return l.keyWidth() * (2.0 * FlopRules.L2_NORM_PER_ELEMENT + 1)
                + (double) l.valueHeads() * FlopRules.DELTA_GATES_PER_HEAD
                + (double) l.recurrentStateElements() * FlopRules.DELTA_RULE_PER_STATE_ELEMENT
                + (double) l.valueWidth() * FlopRules.DELTA_RULE_PER_VALUE;
    }

    private static double stateBytesPerElement(StepShape s, LinearAttentionSpec l) {
        return l.statePrecision() == null ? s.kvBytes() : l.statePrecision().bytesPerElement();
    }
}
