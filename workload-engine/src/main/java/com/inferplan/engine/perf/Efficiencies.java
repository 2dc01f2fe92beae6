package com.inferplan.engine.perf;

import com.inferplan.engine.deployment.PlannerSettings;
import java.util.List;

/**
 * The resolved efficiencies for one chip family and serving stack: fractions of peak compute and
 * memory bandwidth per operator kind and whether an operator's compute overlaps its memory
 * traffic (it does on GPUs and TPUs; SambaNova's fused decoder streams weights and computes in
 * sequence); the stack's fixed {@link Overheads}; the link bandwidth to assume where the catalog
 * has none; the stack's batch limit and whether it reserves a request's whole context at
 * admission; how it drafts ({@link StackSpeculation}); planner settings for latency
 * serving and for maximum-load (throughput) serving. {@code provenance} names the table entries
 * that produced it, for explanations.
 */
public record Efficiencies(String familyKey, String framework, String generation, ComputeEfficiency compute,
                           MemoryEfficiency memory, boolean overlapsComputeAndMemory, Overheads overheads,
                           double linkBytesPerSecondIfUnknown, int maxBatch, boolean reservesWholeContext,
                           StackSpeculation speculation, PlannerSettings planner, PlannerSettings maxLoadPlanner, List<String> provenance) {

    public Efficiencies {
        provenance = List.copyOf(provenance);
        java.util.Objects.requireNonNull(speculation, "speculation");
        if (maxBatch < 1) {
            throw new InvalidPerformanceInputException("maxBatch", maxBatch, "must be at least 1");
        }
    }

    /** These efficiencies with calibration multipliers applied. */
    public Efficiencies adjusted(EfficiencyAdjustment a) {
        return new Efficiencies(familyKey, framework, generation, compute.scaled(a.computeScale()),
                memory.scaled(a.memoryScale()), overlapsComputeAndMemory,
                overheads.scaled(a.layerOverheadScale(), a.stepOverheadScale()), linkBytesPerSecondIfUnknown,
                maxBatch, reservesWholeContext, speculation, planner, maxLoadPlanner,
                provenance);
    }
}
