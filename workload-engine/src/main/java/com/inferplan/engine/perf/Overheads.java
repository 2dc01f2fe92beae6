package com.inferplan.engine.perf;

/**
 * Fixed costs of one serving stack on one chip family, in seconds: per layer instance (kernel
 * launches and tails), per step (the host's scheduling and sampling), per running sequence per
 * step (host bookkeeping that grows with the batch), per pipeline hop, per collective step (α,
 * used where the catalog records no hop latency) and per collective call (launch and the ranks'
 * synchronisation).
 */
public record Overheads(double layerSeconds, double stepSeconds, double perSequenceSeconds, double pipelineHopSeconds,
                        double collectiveLatencySeconds, double collectiveCallSeconds) {

    public Overheads {
        requireNonNegative("layerOverheadSeconds", layerSeconds);
        requireNonNegative("stepOverheadSeconds", stepSeconds);
        requireNonNegative("stepOverheadPerSequenceSeconds", perSequenceSeconds);
        requireNonNegative("pipelineHopSeconds", pipelineHopSeconds);
        requireNonNegative("collectiveLatencySeconds", collectiveLatencySeconds);
        requireNonNegative("collectiveOverheadSeconds", collectiveCallSeconds);
    }

    /** The fixed time of one step of {@code layers} layers running {@code sequences} sequences. */
    public double stepSeconds(int layers, double sequences) {
        return layers * layerSeconds + stepSeconds + sequences * perSequenceSeconds;
    }

    /** These overheads with the per-layer and per-step (host) costs scaled, as a calibration does. */
    public Overheads scaled(double layerScale, double hostScale) {
        return new Overheads(layerSeconds * layerScale, stepSeconds * hostScale, perSequenceSeconds * hostScale,
                pipelineHopSeconds, collectiveLatencySeconds, collectiveCallSeconds);
    }

    private static void requireNonNegative(String field, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new InvalidPerformanceInputException(field, value, "must be a finite number >= 0");
        }
    }
}
