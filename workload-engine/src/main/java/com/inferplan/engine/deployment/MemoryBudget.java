package com.inferplan.engine.deployment;

import com.inferplan.catalog.Accelerator;
import com.inferplan.catalog.MemoryTier;
import com.inferplan.catalog.MemoryTierKind;
import com.inferplan.engine.model.ModelArchitecture;
import java.util.ArrayList;
import java.util.List;

/**
 * What one chip holds under a layout. Temporal: weights split over tp × pp (attention projections
 * replicated on every rank under attention data parallelism), KV over pp and the KV shards,
 * activations of one prefill chunk. Spatial: weights and KV spread evenly over all chips of the
 * pipeline. Weights that overflow HBM go to the chip's DRAM tier when it has one.
 */
final class MemoryBudget {

    private static final double ACTIVATION_ROWS = 4;
    private static final double LOGIT_BYTES = 4;
    private static final double ACTIVATION_BYTES_PER_ELEMENT = 2;

    private MemoryBudget() {
    }

    static List<MemoryUse> temporal(ModelFootprint f, Accelerator hw, MemoryTier tier, Parallelism p, int batch,
                                    int context, PlannerSettings s) {
        int perReplica = (int) Math.ceil((double) batch / p.dp());
        double weights = weightsPerChip(f, p);
        double kv = perReplica * f.kvBytesForSequence(context) / (p.pp() * f.kvShards(p));
        long chunk = Math.min((long) perReplica * context, s.prefillChunkTokens());
        double activations = activationBytes(f.model(), chunk, perReplica, p.tp())
                + expertWorkspaceBytes(f.model(), chunk * (p.attentionDataParallel() ? p.tp() : 1), p.ep());
        return place(hw, tier, weights, kv, activations, s);
    }

    /**
     * The MoE layer's buffers for one chunk of tokens: every token's row is copied once per routed
     * expert, and each copy's expert intermediate (gate and up halves) is materialised; an expert-
     * parallel rank holds its 1/ep share. Under attention data parallelism the expert layer sees
     * the chunks of all attention ranks at once.
     */
    static double expertWorkspaceBytes(ModelArchitecture m, long tokens, int ep) {
        if (!m.isMoe()) {
            return 0;
        }
        double rows = (double) tokens * m.moe().topK() / ep;
        return rows * (m.hidden() + 2.0 * m.moe().expertIntermediate()) * ACTIVATION_BYTES_PER_ELEMENT;
    }

    static double weightsPerChip(ModelFootprint f, Parallelism p) {
        if (!p.attentionDataParallel()) {
            return f.weightBytes() / (p.tp() * p.pp());
        }
        return (f.attentionWeightBytes() + (f.weightBytes() - f.attentionWeightBytes()) / p.tp()) / p.pp();
    }

    static List<MemoryUse> spatial(ModelFootprint f, Accelerator hw, MemoryTier tier, int chips, int batch, int context,
                                   PlannerSettings s) {
        double weights = f.weightBytes() / chips;
        double kv = batch * f.kvBytesForSequence(context) / chips;
        double activations = activationBytes(f.model(), Math.min((long) batch * context, s.prefillChunkTokens()),
                batch, chips) / chips;
        return place(hw, tier, weights, kv, activations, s);
    }

    /** Bytes of the largest transient tensors of one prefill chunk on one rank. */
    static double activationBytes(ModelArchitecture m, long tokens, int sequences, int tp) {
        double ffn = m.isMoe() ? (double) m.moe().expertIntermediate() * m.moe().topK() : m.intermediate();
        double perToken = (ACTIVATION_ROWS * m.hidden() + 2 * ffn / tp) * 2;
        return tokens * perToken + (double) sequences * m.vocab() / tp * LOGIT_BYTES;
    }

    private static List<MemoryUse> place(Accelerator hw, MemoryTier tier, double weights, double kv,
                                         double activations, PlannerSettings s) {
        double capacity = tier.capacityBytes().value();
        double reserve = s.reserveFraction()
                * (s.reserveOfFreeMemory() ? Math.max(0, capacity - weights - activations) : capacity);
        List<MemoryUse> uses = new ArrayList<>(2);
        double overflow = weights + kv + activations + reserve - capacity;
        MemoryTier dram = hw.tier(MemoryTierKind.DRAM).orElse(null);
        if (overflow > 0 && tier.kind() == MemoryTierKind.HBM && dram != null) {
            double spilled = Math.min(weights, overflow);
            uses.add(new MemoryUse(tier.kind(), weights - spilled, kv, activations, reserve, capacity));
            uses.add(new MemoryUse(MemoryTierKind.DRAM, spilled, 0, 0, 0, dram.capacityBytes().value()));
            return uses;
        }
        uses.add(new MemoryUse(tier.kind(), weights, kv, activations, reserve, capacity));
        return uses;
    }
}
