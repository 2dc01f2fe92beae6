package com.inferplan.backend.scenario;

import com.inferplan.backend.pricing.ServingInputs;
import com.inferplan.backend.scenario.CostFigures.ServingPoint;
import com.inferplan.pricing.tokens.WorkloadMix;

/**
 * What one chip of a hardware delivers for a model and workload, as the explorer sizes it: its
 * {@link ServingPoint} (prefill and output tokens/s per chip over their own chip time), or why the
 * engine has none ({@code point} null: the model does not fit, or the workload is invalid).
 */
public record ChipServing(String model, WorkloadPreset workload, String hardwareId, ServingPoint point,
                          String reason) {

    public boolean derived() {
        return point != null;
    }

    /** The engine's rates at the page's utilization, with the workload's own input:output mix. */
    public ServingInputs at(double utilization) {
        if (point == null) {
            throw new IllegalStateException("no engine throughput for " + hardwareId + ": " + reason);
        }
        return new ServingInputs(point.outputTokensPerSecond(), point.inputTokensPerSecond(), utilization,
                new WorkloadMix(point.inputTokens(), point.outputTokens(), 0));
    }

    /** "engine: llama-3.3-70b, Chat" or "typed (engine: does not fit …)". */
    public String describe() {
        return derived() ? "engine: " + model + ", " + workload.label() : "typed (engine: " + reason + ")";
    }
}
