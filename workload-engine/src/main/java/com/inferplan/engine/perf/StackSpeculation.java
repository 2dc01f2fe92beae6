package com.inferplan.engine.perf;

/**
 * How a serving stack drafts. {@code settings}: its speculative decoding (null = it has no tuned
 * settings); {@code gamma} there is the longest draft it tries. {@code byDefault}: it drafts unasked.
 * {@code inStaticBatches}: it also drafts in offline static batches. {@code draftOnDevice}: the
 * draft loop runs on the device without a host round trip per draft token (Neuron fused
 * speculation, draft loops under CUDA graphs), so a draft step costs only its device time;
 * otherwise each draft step also pays the stack's per-step host cost.
 */
public record StackSpeculation(SpeculativeDecoding settings, boolean byDefault, boolean inStaticBatches,
                               boolean draftOnDevice) {

    public static final StackSpeculation NONE = new StackSpeculation(null, false, false, true);

    public StackSpeculation {
        if (byDefault && settings == null) {
            throw new InvalidPerformanceInputException("speculative", "byDefault", "needs gamma, acceptance and draft cost");
        }
    }
}
