package com.inferplan.engine.deployment;

/**
 * Family-level facts the planner needs that the chip catalog does not carry; they come from the
 * efficiency table (perf/efficiencies.json) where each is sourced.
 *
 * @param reserveFraction      share of each memory tier the runtime keeps for itself
 * @param chipGranularity      automatic chip counts are rounded up to a multiple of this (the unit
 *                             a provider deploys: a GroqRack of 64, a SambaRack of 16; 1 elsewhere)
 * @param powerOfTwoChips      automatic chip counts are powers of two (tensor-parallel GPUs, TPUs)
 * @param maxTensorParallel    widest tensor parallelism a provider uses inside one scale-up domain
 * @param maxChipsPerReplica   largest pipeline the family supports before it must fall back
 * @param prefillChunkTokens   tokens one prefill iteration processes at most (sizes activations)
 * @param expertParallel       MoE experts spread over the tensor-parallel ranks by default
 */
public record PlannerSettings(double reserveFraction, int chipGranularity, boolean powerOfTwoChips,
                              int maxTensorParallel, int maxChipsPerReplica, int prefillChunkTokens,
                              boolean expertParallel) {

    public PlannerSettings {
        if (!(reserveFraction >= 0 && reserveFraction < 1)) {
            throw new InvalidDeploymentException("reserveFraction", reserveFraction, "must be in [0, 1)");
        }
        if (chipGranularity < 1 || maxTensorParallel < 1 || maxChipsPerReplica < 1 || prefillChunkTokens < 1) {
            throw new InvalidDeploymentException("plannerSettings", this, "counts must be at least 1");
        }
    }
}
