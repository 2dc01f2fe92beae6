package com.inferplan.engine.perf;

import com.inferplan.engine.deployment.PlannerSettings;
import java.util.List;

/**
 * The resolved efficiencies for one chip family and serving stack: fractions of peak compute and
 * memory bandwidth per operator kind, fixed per-layer and per-step overheads, pipeline hop and
 * collective latencies, the link bandwidth to assume where the catalog has none, the stack's batch limit and default speculative decoding (null = off).
 * {@code provenance} names the table entries that produced it, for explanations.
 */
public record Efficiencies(String familyKey, String framework, String generation, KindTable compute,
                           KindTable memory, double layerOverheadSeconds, double stepOverheadSeconds,
                           double pipelineHopSeconds, double collectiveLatencySeconds, double linkBytesPerSecondIfUnknown,
                           int maxBatch,
                           SpeculativeDecoding speculative, PlannerSettings planner, List<String> provenance) {

    public Efficiencies {
        provenance = List.copyOf(provenance);
        requireNonNegative("layerOverheadSeconds", layerOverheadSeconds);
        requireNonNegative("stepOverheadSeconds", stepOverheadSeconds);
        requireNonNegative("pipelineHopSeconds", pipelineHopSeconds);
        requireNonNegative("collectiveLatencySeconds", collectiveLatencySeconds);
        if (maxBatch < 1) {
            throw new InvalidPerformanceInputException("maxBatch", maxBatch, "must be at least 1");
        }
    }

    /** These efficiencies with calibration multipliers applied. */
    public Efficiencies adjusted(EfficiencyAdjustment a) {
        return new Efficiencies(familyKey, framework, generation, compute.scaled(a.computeScale()),
                memory.scaled(a.memoryScale()), layerOverheadSeconds * a.layerOverheadScale(),
                stepOverheadSeconds * a.stepOverheadScale(), pipelineHopSeconds, collectiveLatencySeconds,
                linkBytesPerSecondIfUnknown, maxBatch,
                speculative, planner, provenance);
    }

    private static void requireNonNegative(String field, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new InvalidPerformanceInputException(field, value, "must be a finite number >= 0");
        }
    }
}
