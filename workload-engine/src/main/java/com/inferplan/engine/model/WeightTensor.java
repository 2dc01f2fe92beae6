package com.inferplan.engine.model;

/**
 * One named weight of the checkpoint, repeated {@code copies} times per layer (routed experts: one
 * copy per expert) in {@code layers} layers. Routed tensors are active for top-k of their copies.
 */
public record WeightTensor(String name, TensorGroup group, long elementsPerCopy, int copies, boolean routed, int layers) {

    /** Exact: sizes too large for any real checkpoint fail as an {@link ArithmeticException}, never wrap around. */
    public long totalElements() {
        return Math.multiplyExact(Math.multiplyExact(elementsPerCopy, copies), layers);
    }

    /** Elements a single token uses: routed tensors only for the {@code topK} selected experts. */
    public long activeElements(int topK) {
        return Math.multiplyExact(Math.multiplyExact(elementsPerCopy, routed ? topK : copies), layers);
    }
}
