package com.inferplan.engine.model;

/** Groups of weight tensors that share a storage precision. */
public enum TensorGroup {
    /** q/k/v/o projections, MLA down/up projections. */
    ATTENTION,
    DENSE_MLP,
    ROUTED_EXPERTS,
    SHARED_EXPERTS,
    ROUTER,
    /** Input embedding table (lookup only, untied models). */
    EMBEDDING,
    /** Output projection; for tied models the shared embedding table. */
    LM_HEAD,
    /** One-dimensional tensors: norm weights, biases, attention sinks, router score bias. */
    VECTORS
}
