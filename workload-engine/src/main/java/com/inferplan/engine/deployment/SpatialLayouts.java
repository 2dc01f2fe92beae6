package com.inferplan.engine.deployment;

import com.inferplan.catalog.MemoryTier;
import com.inferplan.catalog.MemoryTierKind;
import java.util.List;

/**
 * Layouts for SRAM-resident serving: the model's layers are pipelined across chips (wafers, LPUs);
 * when there are more chips than layers each layer is tensor-split over several. When even the
 * family's longest pipeline cannot hold the weights, a chip with an external store streams them
 * (Cerebras MemoryX), flagged as a slow fallback; otherwise the plan does not fit.
 */
final class SpatialLayouts {

    private final DeploymentRequest r;
    private final ModelFootprint f;
    private final MemoryTier sram;
    private final PlannerSettings s;

    SpatialLayouts(DeploymentRequest r, ModelFootprint f, MemoryTier sram) {
        this.r = r;
        this.f = f;
        this.sram = sram;
        this.s = r.settings();
    }

    DeploymentPlan plan() {
        if (r.chips() != null || r.tp() != null || r.pp() != null) {
            int chips = r.chips() != null ? r.chips() : (r.tp() == null ? 1 : r.tp()) * (r.pp() == null ? 1 : r.pp());
            return evaluate(chips);
        }
        double usable = sram.capacityBytes().value() * (1 - s.reserveFraction());
        double needed = f.weightBytes() + r.batch() * f.kvBytesForSequence(r.contextTokens());
        int chips = DeploymentPlanner.roundUp((int) Math.ceil(needed / usable), s.chipGranularity());
        while (chips <= s.maxChipsPerReplica()) {
            DeploymentPlan plan = evaluate(chips);
            if (plan.fits()) {
                return plan;
            }
            chips += s.chipGranularity();
        }
        return r.hardware().tier(MemoryTierKind.EXTERNAL_STORE)
                .map(store -> streaming(store, s.maxChipsPerReplica()))
                .orElseGet(() -> evaluate(DeploymentPlanner.roundUp(s.maxChipsPerReplica(), s.chipGranularity())));
    }

    private DeploymentPlan evaluate(int chips) {
        List<MemoryUse> memory = MemoryBudget.spatial(f, r.hardware(), sram, chips, r.batch(), r.contextTokens(), s);
        return DeploymentPlanner.build(r, f, chips, layout(chips), ServingStyle.SPATIAL, memory, List.of(), chips);
    }

    /** Weights in the external store, streamed layer by layer; KV and activations stay in SRAM. */
    private DeploymentPlan streaming(MemoryTier store, int chips) {
        double kv = r.batch() * f.kvBytesForSequence(r.contextTokens()) / chips;
        double capacity = sram.capacityBytes().value();
        MemoryUse onChip = new MemoryUse(MemoryTierKind.ON_CHIP_SRAM, 0, kv, 0, s.reserveFraction() * capacity, capacity);
        MemoryUse external = new MemoryUse(MemoryTierKind.EXTERNAL_STORE, f.weightBytes(), 0, 0, 0,
                store.capacityBytes().value());
        String flag = String.format("weights (%s) exceed the SRAM of %d × %s; streamed from %s at %.0f GB/s every step",
                MemoryUse.gb(f.weightBytes()), chips, r.hardware().id(), store.name(),
                store.bandwidthBytesPerSecond().value() / 1e9);
        DeploymentPlan probe = DeploymentPlanner.build(r, f, chips, layout(chips), ServingStyle.WEIGHT_STREAMING,
                List.of(onChip, external), List.of(flag), chips);
        return new DeploymentPlan(probe.model(), probe.hardware(), chips, probe.parallelism(),
                ServingStyle.WEIGHT_STREAMING, probe.weightPrecisions(), probe.weightPrecision(), probe.kvPrecision(),
                MemoryTierKind.EXTERNAL_STORE, 0, probe.memory(), probe.fits(), probe.reasons(), probe.flags(),
                probe.kvCapacityTokens(), probe.weightBytes(), probe.kvBytesPerToken());
    }

    /** Pipeline stages = the largest divisor of the chip count not above the layer count. */
    private Parallelism layout(int chips) {
        int layers = r.model().layers();
        int stages = 1;
        for (int d = Math.min(chips, layers); d >= 1; d--) {
            if (chips % d == 0) {
                stages = d;
                break;
            }
        }
        return new Parallelism(chips / stages, stages, 1, 1);
    }
}
