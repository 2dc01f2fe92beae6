package com.inferplan.engine.perf;

import com.inferplan.catalog.Accelerator;
import com.inferplan.catalog.MemoryTier;
import com.inferplan.catalog.MemoryTierKind;
import com.inferplan.catalog.PeakLookup;
import com.inferplan.catalog.Precision;
import com.inferplan.engine.deployment.DeploymentPlan;
import com.inferplan.engine.deployment.ServingStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A model's operators bound to one chip of a plan: the achieved FLOP rate of each (peak at its
 * precision, falling back along the chip's supported formats, times the compute efficiency of its
 * kind) and its seconds per byte of weights and of other traffic (tier bandwidth times memory
 * efficiency; weights that spilled to DRAM are read at DRAM speed). Records every fallback.
 */
final class PlacedOperators {

    final List<OperatorCoefficients> ops;
    final double[] flopsPerSecond;
    final double[] secondsPerWeightByte;
    final double[] secondsPerStreamedByte;
    final Precision[] computedAt;
    final List<String> fallbacks;

    PlacedOperators(DeploymentPlan plan, Efficiencies eff, List<OperatorCoefficients> ops) {
        this.ops = ops;
        int n = ops.size();
        flopsPerSecond = new double[n];
        secondsPerWeightByte = new double[n];
        secondsPerStreamedByte = new double[n];
        computedAt = new Precision[n];
        Accelerator hw = plan.hardware();
        MemoryTier working = workingTier(plan);
        MemoryTier weights = hw.tier(plan.weightTier()).orElse(working);
        double dramBandwidth = hw.tier(MemoryTierKind.DRAM).map(t -> t.bandwidthBytesPerSecond().value()).orElse(1.0);
        Set<String> notes = new LinkedHashSet<>();
        for (int i = 0; i < n; i++) {
            OperatorCoefficients op = ops.get(i);
            PeakLookup peak = hw.findPeakFor(op.precision()).orElseThrow(() -> new UnsupportedPrecisionException(
                    hw, op.precision(), op.name()));
            if (!(peak.flopsPerSecond() > 0)) {
                throw new UnsupportedPrecisionException(hw, op.precision(), op.name());
            }
            if (peak.fellBack()) {
                notes.add(op.kind().name() + " at " + op.precision().label() + " runs at the " + peak.used().label()
                        + " peak (" + hw.id() + " has no " + op.precision().label() + " peak)");
            }
            computedAt[i] = peak.used();
            flopsPerSecond[i] = peak.flopsPerSecond() * eff.compute().of(op.kind(), op.precision());
            double eta = eff.memory().of(op.kind());
            double etaWeights = eff.memory().weights(op.kind(), op.precision(), peak.used());
            double share = plan.dramWeightShare();
            secondsPerWeightByte[i] = ((1 - share) / weights.bandwidthBytesPerSecond().value() + share / dramBandwidth)
                    / etaWeights;
            secondsPerStreamedByte[i] = 1 / (working.bandwidthBytesPerSecond().value() * eta);
        }
        fallbacks = List.copyOf(new ArrayList<>(notes));
    }

    /** Where KV and activations live: SRAM when weights stream from an external store, else the weight tier. */
    private static MemoryTier workingTier(DeploymentPlan plan) {
        Accelerator hw = plan.hardware();
        MemoryTierKind kind = plan.style() == ServingStyle.WEIGHT_STREAMING ? MemoryTierKind.ON_CHIP_SRAM
                : plan.weightTier();
        return hw.tier(kind).orElseThrow();
    }

    int size() {
        return ops.size();
    }
}
