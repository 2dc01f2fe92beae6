package com.inferplan.engine.deployment;

import com.inferplan.catalog.Precision;

/**
 * Family- and stack-level facts the planner needs that the chip catalog does not carry; they come
 * from the efficiency table (perf/efficiencies.json) where each is sourced.
 *
 * @param reserveFraction       share of each memory tier the runtime keeps for itself
 * @param reserveOfFreeMemory   the reserve is that share of the memory left after weights and
 *                              activations rather than of the whole tier (TensorRT-LLM sizes its KV
 *                              cache as {@code kv_cache_free_gpu_mem_fraction} of free memory)
 * @param chipGranularity       automatic chip counts are rounded up to a multiple of this (the unit
 *                              a provider deploys: a GroqRack of 64, a SambaRack of 16; 1 elsewhere)
 * @param powerOfTwoChips       automatic chip counts are powers of two (tensor-parallel GPUs, TPUs)
 * @param maxTensorParallel     widest tensor parallelism a provider uses inside one scale-up domain
 * @param maxChipsPerReplica    largest pipeline the family supports before it must fall back
 * @param prefillChunkTokens    tokens one prefill iteration processes at most (sizes activations)
 * @param expertParallel        MoE experts spread over the tensor-parallel ranks
 * @param attentionDataParallel MoE attention runs data-parallel over the tensor-parallel ranks
 * @param lowBitWeightKv        KV precision the stack uses by default with weights below 8 bits
 *                              (null = 16-bit, the measurements-format default)
 * @param padsAttentionHeads    a tensor-parallel size that does not divide the attention heads is
 *                              served with the heads padded to a multiple of it (AWS Neuron), rather
 *                              than refused (vLLM, SGLang, TensorRT-LLM); see {@link TensorParallelRule}
 */
public record PlannerSettings(double reserveFraction, boolean reserveOfFreeMemory, int chipGranularity,
                              boolean powerOfTwoChips, int maxTensorParallel, int maxChipsPerReplica,
                              int prefillChunkTokens, boolean expertParallel, boolean attentionDataParallel,
                              Precision lowBitWeightKv, boolean padsAttentionHeads) {

    public PlannerSettings {
        if (!(reserveFraction >= 0 && reserveFraction < 1)) {
            throw new InvalidDeploymentException("reserveFraction", reserveFraction, "must be in [0, 1)");
        }
        if (chipGranularity < 1 || maxTensorParallel < 1 || maxChipsPerReplica < 1 || prefillChunkTokens < 1) {
            throw new InvalidDeploymentException("plannerSettings", this, "counts must be at least 1");
        }
    }

    /** These settings with the MoE layout a stack uses when serving for throughput. */
    public PlannerSettings withMoeLayout(boolean experts, boolean attention) {
        return new PlannerSettings(reserveFraction, reserveOfFreeMemory, chipGranularity, powerOfTwoChips,
                maxTensorParallel, maxChipsPerReplica, prefillChunkTokens, experts, attention, lowBitWeightKv,
                padsAttentionHeads);
    }
}
