package com.inferplan.engine.profile;

/** Operator classes a performance model maps to kernels and efficiencies. */
public enum OperatorKind {
    GEMM,
    ATTENTION,
    NORM,
    ELEMENTWISE,
    ROUTER,
    EXPERT_GEMM,
    EMBEDDING,
    LM_HEAD,
    SAMPLING,
    ROPE,
    /** Causal depthwise convolution (Gated DeltaNet's conv1d over q, k, v) with its SiLU. */
    SHORT_CONV,
    /** A recurrence over a fixed-size per-sequence state (the gated delta rule). */
    LINEAR_ATTENTION
}
