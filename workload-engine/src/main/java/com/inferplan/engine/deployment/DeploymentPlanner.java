package com.inferplan.engine.deployment;

import com.inferplan.catalog.Accelerator;
import com.inferplan.catalog.MemoryTier;
import com.inferplan.catalog.MemoryTierKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Chooses chips and layout for a model on a chip family and checks memory fit per tier.
 *
 * <p>Automatic chip counts follow what a provider does: the fewest chips that hold weights, the
 * requested KV cache, activations and the runtime reserve (rounded to the family's deployable
 * granularity), laid out for lowest latency unless asked for throughput. Chips with HBM run
 * {@link ServingStyle#TEMPORAL}; SRAM-only chips run {@link ServingStyle#SPATIAL} pipelines,
 * falling back to weight streaming from an external store when even the longest supported
 * pipeline cannot hold the model. See docs/decisions/0501-deployment-planner.md.
 */
public final class DeploymentPlanner {

    /** The largest KV page of the stacks modelled (TensorRT-LLM's 32 tokens) rounded up: 64 tokens. */
    static final int ADMITTED_PAGE_TOKENS = 64;

    private DeploymentPlanner() {
    }

    public static DeploymentPlan plan(DeploymentRequest r) {
        ModelFootprint footprint = ModelFootprint.of(r.model(), r.weights(), r.kv(), r.settings().lowBitWeightKv(),
                r.mtpDraftResident());
        Accelerator hw = r.hardware();
        MemoryTier hbm = hw.tier(MemoryTierKind.HBM).orElse(null);
        if (hbm != null) {
            return new TemporalLayouts(r, footprint, hbm).plan();
        }
        MemoryTier sram = hw.tier(MemoryTierKind.ON_CHIP_SRAM).orElse(null);
        if (sram != null) {
            return new SpatialLayouts(r, footprint, sram).plan();
        }
        MemoryTier dram = hw.tier(MemoryTierKind.DRAM).orElseThrow(() -> new InvalidDeploymentException(
                "hardware", hw.id(), "has no HBM, on-chip SRAM or DRAM tier to hold weights"));
        return new TemporalLayouts(r, footprint, dram).plan();
    }

    static DeploymentPlan build(DeploymentRequest r, ModelFootprint f, int chips, Parallelism p, ServingStyle style,
                                List<MemoryUse> memory, List<String> flags, double kvShardsTimesStages) {
        List<String> reasons = new ArrayList<>();
        for (MemoryUse use : memory) {
            if (!use.fits()) {
                reasons.add(r.model().id() + " at " + f.weightPrecision().label() + " (weights "
                        + MemoryUse.gb(f.weightBytes()) + " in total, KV " + f.kvPrecision().label() + " for "
                        + r.batch() + " × " + r.contextTokens() + " tokens) does not fit " + chips + " × "
                        + r.hardware().id() + " laid out " + p.label() + ": " + use.describe());
            }
        }
        MemoryUse primary = memory.get(0);
        double dramShare = memory.size() > 1 && memory.get(1).tier() == MemoryTierKind.DRAM
                ? memory.get(1).weightBytes() / (primary.weightBytes() + memory.get(1).weightBytes()) : 0;
        List<String> allFlags = new ArrayList<>(flags);
        if (dramShare > 0) {
            allFlags.add(String.format("weights overflow %s into DRAM: %.0f%% of each chip's weights stream from DRAM",
                    primary.tier().name(), 100 * dramShare));
        }
        double freeForKv = primary.freeBytes() + primary.kvBytes();
        long kvTokens = (long) Math.floor(freeForKv * kvShardsTimesStages / f.kvBytesPerToken());
        if (reasons.isEmpty()) {
            // The fit counts sliding-window layers at their window; the pool counts tokens at the full rate. What
            // the fit admitted must still be admitted: the batch of whole sequences, in whole KV pages.
            kvTokens = Math.max(kvTokens, (long) r.batch() * roundUp(r.contextTokens(), ADMITTED_PAGE_TOKENS));
        }
        return new DeploymentPlan(r.model(), r.hardware(), chips, p, style, f.weightPrecisions(), f.weightPrecision(),
                f.kvPrecision(), primary.tier(), dramShare, memory, reasons.isEmpty(), reasons, allFlags,
                Math.max(0, kvTokens), f.weightBytes(), f.kvBytesPerToken());
    }

    static int roundUp(int value, int granularity) {
        return ((value + granularity - 1) / granularity) * granularity;
    }
}
