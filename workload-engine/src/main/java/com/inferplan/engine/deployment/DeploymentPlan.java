package com.inferplan.engine.deployment;

import com.inferplan.catalog.Accelerator;
import com.inferplan.catalog.MemoryTierKind;
import com.inferplan.catalog.Precision;
import com.inferplan.engine.model.ModelArchitecture;
import com.inferplan.engine.model.WeightPrecisions;
import com.inferplan.engine.profile.KvCacheLayout;
import java.util.List;

/**
 * A model laid out on chips. {@code memory} lists, per tier, what one chip of a replica holds;
 * {@code reasons} say precisely why it does not fit (empty when it fits); {@code flags} note
 * degraded modes that still run (DDR overflow, MemoryX weight streaming).
 * {@code kvCapacityTokens} is the KV cache one replica can hold at {@code kvPrecision}; a model
 * with linear-attention layers spends {@link #stateTokensPerSequence()} of it on every sequence.
 */
public record DeploymentPlan(ModelArchitecture model, Accelerator hardware, int chips, Parallelism parallelism,
                             ServingStyle style, WeightPrecisions weightPrecisions, Precision weightPrecision,
                             Precision kvPrecision, MemoryTierKind weightTier, double dramWeightShare,
                             List<MemoryUse> memory, boolean fits, List<String> reasons, List<String> flags,
                             long kvCapacityTokens, double weightBytes, double kvBytesPerToken) {

    public DeploymentPlan {
        memory = List.copyOf(memory);
        reasons = List.copyOf(reasons);
        flags = List.copyOf(flags);
    }

    public int replicas() {
        return parallelism.dp();
    }

    /** Chips one replica spans (all chips for spatial pipelines, which run one replica). */
    public int chipsPerReplica() {
        return chips / parallelism.dp();
    }

    /** Each sequence's linear-attention state, bytes (0 without linear layers). */
    public double stateBytesPerSequence() {
        return KvCacheLayout.of(model, kvPrecision).stateBytesPerSequence();
    }

    /** Each sequence's linear-attention state, in tokens of the KV cache (0 without linear layers). */
    public long stateTokensPerSequence() {
        return KvCacheLayout.of(model, kvPrecision).stateTokensPerSequence();
    }

    public String reasonText() {
        return String.join("; ", reasons);
    }
}
