package com.inferplan.catalog;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One chip as the performance model sees it. GB200/GB300 are one GPU of their NVL72 rack, a
 * Cerebras CS-3 is one wafer. Peaks are dense; vendors' sparse figures, where recorded, sit in
 * {@code sparseFlopsPerSecond} only so the validator can check dense ≤ sparse. Nullable:
 * {@code scaleOutBytesPerSecond}, {@code chipPowerWatts}, {@code systemPowerPerChipWatts}.
 */
public record Accelerator(
        String id, String vendor, String name, int year, AcceleratorKind kind, String form,
        Map<Precision, Figure> denseFlopsPerSecond,
        Map<Precision, Figure> sparseFlopsPerSecond,
        List<MemoryTier> memoryTiers,
        ScaleUpInterconnect scaleUp,
        Figure scaleOutBytesPerSecond,
        Figure chipPowerWatts,
        Figure systemPowerPerChipWatts,
        List<DeployableUnit> units,
        boolean userDefined,
        String notes) {

    public Accelerator {
        denseFlopsPerSecond = immutableCopy(denseFlopsPerSecond);
        sparseFlopsPerSecond = immutableCopy(sparseFlopsPerSecond);
        memoryTiers = memoryTiers == null ? List.of() : List.copyOf(memoryTiers);
        units = units == null ? List.of() : List.copyOf(units);
    }

    /** For entries that record no sparse figures. */
    public Accelerator(String id, String vendor, String name, int year, AcceleratorKind kind, String form,
                       Map<Precision, Figure> denseFlopsPerSecond, List<MemoryTier> memoryTiers,
                       ScaleUpInterconnect scaleUp, Figure scaleOutBytesPerSecond, Figure chipPowerWatts,
                       Figure systemPowerPerChipWatts, List<DeployableUnit> units, boolean userDefined,
                       String notes) {
        this(id, vendor, name, year, kind, form, denseFlopsPerSecond, Map.of(), memoryTiers, scaleUp,
                scaleOutBytesPerSecond, chipPowerWatts, systemPowerPerChipWatts, units, userDefined, notes);
    }

    /** The dense peak recorded for exactly this precision. */
    public Optional<Figure> peak(Precision precision) {
        return Optional.ofNullable(denseFlopsPerSecond.get(precision));
    }

    /** The first peak along {@link Precision#fallbackChain()}, or empty if the chip has none of them. */
    public Optional<PeakLookup> findPeakFor(Precision requested) {
        for (Precision candidate : requested.fallbackChain()) {
            Figure figure = denseFlopsPerSecond.get(candidate);
            if (figure != null) {
                return Optional.of(new PeakLookup(requested, candidate, figure));
            }
        }
        return Optional.empty();
    }

    public PeakLookup peakFor(Precision requested) {
        return findPeakFor(requested).orElseThrow(() -> new PeakNotAvailableException(this, requested));
    }

    public Optional<MemoryTier> tier(MemoryTierKind kind) {
        return memoryTiers.stream().filter(t -> t.kind() == kind).findFirst();
    }

    public double onChipSramBytes() {
        return tier(MemoryTierKind.ON_CHIP_SRAM).map(t -> t.capacityBytes().value()).orElse(0.0);
    }

    /** The tier weights live in during normal serving: HBM, else on-chip SRAM, else DRAM (CPUs). */
    public Optional<MemoryTier> fastMemory() {
        return tier(MemoryTierKind.HBM)
                .or(() -> tier(MemoryTierKind.ON_CHIP_SRAM))
                .or(() -> tier(MemoryTierKind.DRAM));
    }

    public double fastMemoryBytes() {
        return fastMemory().map(t -> t.capacityBytes().value()).orElse(0.0);
    }

    public double fastMemoryBytesPerSecond() {
        return fastMemory().map(t -> t.bandwidthBytesPerSecond().value()).orElse(0.0);
    }

    public int scaleUpDomainChips() {
        return scaleUp == null ? 1 : scaleUp.domainSize();
    }

    /** Every numeric figure with its field path, e.g. {@code memoryTiers.hbm.capacityBytes}. */
    public List<FieldFigure> figures() {
        return AcceleratorFigures.of(this);
    }

    private static Map<Precision, Figure> immutableCopy(Map<Precision, Figure> peaks) {
        if (peaks == null || peaks.isEmpty()) {
            return Map.of();
        }
        return Collections.unmodifiableMap(new EnumMap<>(peaks));
    }
}
