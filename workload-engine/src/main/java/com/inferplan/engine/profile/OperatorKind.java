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
    ROPE
}
