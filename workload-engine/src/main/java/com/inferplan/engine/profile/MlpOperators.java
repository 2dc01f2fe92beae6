package com.inferplan.engine.profile;

import com.inferplan.engine.model.ModelArchitecture;
import com.inferplan.engine.model.MoeSpec;
import com.inferplan.engine.model.TensorGroup;

/**
 * Dense MLP (SwiGLU, or up / squared ReLU / down where the family has no gate) and the
 * mixture-of-experts block. Routed experts: FLOPs follow the T·k token assignments; weight bytes
 * follow the distinct experts touched (see {@link ExpertActivation}).
 */
final class MlpOperators {

    private MlpOperators() {
    }

    static void dense(LayerOps ops, StepShape s) {
        ModelArchitecture a = s.arch();
        mlp(ops, s, "", s.tokens(), a.intermediate(), TensorGroup.DENSE_MLP);
    }

    static void moe(LayerOps ops, StepShape s, ExpertActivation activation) {
        MoeSpec moe = s.arch().moe();
        router(ops, s, moe);
        long d = s.arch().hidden();
        if (moe.latent()) {
            ops.gemm("fc1_latent_proj", OperatorKind.GEMM, s.tokens(), d, moe.latentWidth(), TensorGroup.SHARED_EXPERTS, false);
        }
        routedExperts(ops, s, moe, activation.distinctExperts(moe, s.tokens()));
        if (moe.latent()) {
            ops.gemm("fc2_latent_proj", OperatorKind.GEMM, s.tokens(), moe.latentWidth(), d, TensorGroup.SHARED_EXPERTS, false);
        }
        if (moe.sharedExperts() > 0) {
            mlp(ops, s, "shared_", s.tokens(), moe.sharedIntermediate(), TensorGroup.SHARED_EXPERTS);
            sharedCombine(ops, s);
        }
    }

    /**
     * Gemma 4's MoE layer: the dense MLP on the pre-MLP norm, post-normed; the router on the residual
     * through its scaled weightless norm; the experts on their own pre-norm, post-normed; the sum.
     */
    static void moeBesideDense(LayerOps ops, StepShape s, ExpertActivation activation) {
        MoeSpec moe = s.arch().moe();
        double t = s.tokens();
        long d = s.arch().hidden();
        dense(ops, s);
        ops.norm("post_mlp_norm_1", t, d);
        ops.add("router_norm", OperatorKind.NORM, FlopRules.SCALED_ROUTER_NORM_PER_ELEMENT * t * d, s.vectorBytes(d),
                t * d, t * d, 0, 0, ops.activationPrecision());
        router(ops, s, moe);
        ops.norm("expert_norm", t, d);
        routedExperts(ops, s, moe, activation.distinctExperts(moe, s.tokens()));
        ops.norm("post_expert_norm", t, d);
        ops.elementwise("moe_combine", FlopRules.RESIDUAL_PER_ELEMENT * t * d, 2 * t * d, t * d);
    }

    /** Router logits, scoring and selection; Gemma 4 then scales each chosen weight by a per-expert factor. */
    private static void router(LayerOps ops, StepShape s, MoeSpec moe) {
        double t = s.tokens();
        long d = s.arch().hidden();
        long e = moe.experts();
        boolean perExpertScale = s.arch().family().denseMlpBesideExperts();
        double routerFlops = FlopRules.PER_MULTIPLY_ADD * t * d * e
                + (moe.routerBias() ? FlopRules.BIAS_PER_ELEMENT * t * e : 0)
                + t * (FlopRules.ROUTER_PER_LOGIT * e + FlopRules.ROUTER_PER_SELECTED * moe.topK())
                + (perExpertScale ? t * moe.topK() : 0);
        double routerBytes = s.weightBytes(TensorGroup.ROUTER, (double) d * e)
                + (moe.routerBias() || perExpertScale ? s.vectorBytes(e) : 0);
        ops.add("router", OperatorKind.ROUTER, routerFlops, routerBytes, t * d, t * e, 0, 0, s.weights().router());
    }

    /** Adds the shared expert's output; Qwen3-Next and Qwen3.5 scale it by sigmoid(shared_expert_gate · x) first. */
    private static void sharedCombine(LayerOps ops, StepShape s) {
        double t = s.tokens();
        double elements = t * s.arch().hidden();
        if (!s.arch().family().hybridLinearAttention()) {
            ops.elementwise("shared_combine", FlopRules.RESIDUAL_PER_ELEMENT * elements, 2 * elements, elements);
            return;
        }
        ops.gemm("shared_gate", OperatorKind.GEMM, t, s.arch().hidden(), 1, TensorGroup.ROUTER, false);
        ops.elementwise("shared_combine", FlopRules.SIGMOID * t + FlopRules.COMBINE_PER_ELEMENT * elements,
                2 * elements + t, elements);
    }

    private static void routedExperts(LayerOps ops, StepShape s, MoeSpec moe, double distinct) {
        ModelArchitecture a = s.arch();
        double assignments = (double) s.tokens() * moe.topK();
        long d = moe.expertIoWidth(a.hidden());
        long width = moe.expertIntermediate();
        boolean bias = a.mlpBias();
        int matrices = a.family().gatedMlp() ? 2 : 1;
        double gateUpFlops = assignments * (FlopRules.PER_MULTIPLY_ADD * d * matrices * width
                + (bias ? (double) matrices * width : 0));
        double gateUpBytes = distinct * (s.weightBytes(TensorGroup.ROUTED_EXPERTS, (double) matrices * d * width)
                + (bias ? s.vectorBytes((double) matrices * width) : 0));
        ops.add(a.family().gatedMlp() ? "expert_gate_up" : "expert_up", OperatorKind.EXPERT_GEMM, gateUpFlops,
                gateUpBytes, assignments * d, assignments * matrices * width, 0, 0, s.weights().experts());
        activation(ops, s, "expert_act", assignments * width);
        double downFlops = assignments * (FlopRules.PER_MULTIPLY_ADD * width * d + (bias ? (double) d : 0));
        double downBytes = distinct * (s.weightBytes(TensorGroup.ROUTED_EXPERTS, (double) width * d)
                + (bias ? s.vectorBytes(d) : 0));
        ops.add("expert_down", OperatorKind.EXPERT_GEMM, downFlops, downBytes, assignments * width, assignments * d,
                0, 0, s.weights().experts());
        ops.elementwise("expert_combine", FlopRules.COMBINE_PER_ELEMENT * assignments * d, assignments * d,
                (double) s.tokens() * d);
    }

    private static void mlp(LayerOps ops, StepShape s, String prefix, double rows, long width, TensorGroup group) {
        long d = s.arch().hidden();
        boolean bias = s.arch().mlpBias();
        if (s.arch().family().gatedMlp()) {
            ops.gemm(prefix + "gate_proj", OperatorKind.GEMM, rows, d, width, group, bias);
        }
        ops.gemm(prefix + "up_proj", OperatorKind.GEMM, rows, d, width, group, bias);
        activation(ops, s, prefix.isEmpty() ? "mlp_act" : prefix + "act", rows * width);
        ops.gemm(prefix + "down_proj", OperatorKind.GEMM, rows, width, d, group, bias);
    }

    /** SwiGLU reads gate and up; squared ReLU reads up alone. */
    private static void activation(LayerOps ops, StepShape s, String name, double elements) {
        if (!s.arch().family().gatedMlp()) {
            ops.elementwise(name, FlopRules.RELU2_PER_ELEMENT * elements, elements, elements);
            return;
        }
        int perElement = FlopRules.swiGluPerElement(s.arch().family().clampedSwiGlu());
        ops.elementwise(name, perElement * elements, 2 * elements, elements);
    }
}
