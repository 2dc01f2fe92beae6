package com.inferplan.catalog;

import java.util.Comparator;
import java.util.Optional;

/**
 * Figures no silicon can have (issue 15, decision 0103): compute per watt, bandwidth per watt and bytes
 * per FLOP bounded by the best shipping parts with a tenfold margin, so that a typo (TFLOP/s entered as
 * FLOP/s, GB as TB) or an invented part is refused with the reason, while every real chip passes.
 */
final class PhysicsRules {

    /** Best shipping: about 5.4 TFLOP/s per W (Cerebras CS-3, 125 PFLOP/s at 23 kW); ×10. */
    static final double MAX_FLOPS_PER_WATT = 50e12;
    /** Best shipping: about 0.9 TB/s per W (CS-3's 21 PB/s of SRAM at 23 kW); ×10. */
    static final double MAX_BYTES_PER_SECOND_PER_WATT = 10e12;
    /** Lowest shipping ≈ 0.003 B/FLOP (HBM GPUs at bf16), highest ≈ 1.4 (a host CPU); ÷30 and ×7. */
    static final double MIN_BYTES_PER_FLOP = 1e-4;
    static final double MAX_BYTES_PER_FLOP = 10;

    private PhysicsRules() {
    }

    static void check(Accelerator a, ErrorReport report) {
        // Only figures that pass the unit and sign rules are compared; the others are already reported.
        Optional<Figure> fastest = a.memoryTiers().stream().map(MemoryTier::bandwidthBytesPerSecond)
                .filter(f -> usable(f, Units.BYTES_PER_SECOND)).max(Comparator.comparingDouble(Figure::value));
        Optional<Figure> peak = a.denseFlopsPerSecond().values().stream().filter(f -> usable(f, Units.FLOP_PER_SECOND))
                .max(Comparator.comparingDouble(Figure::value));
        Figure watts = a.chipPowerWatts() != null ? a.chipPowerWatts() : a.systemPowerPerChipWatts();
        if (usable(watts, Units.WATTS)) {
            peak.filter(f -> f.value() / watts.value() > MAX_FLOPS_PER_WATT).ifPresent(f -> report.add(
                    "denseFlopsPerSecond", "%s FLOP/s at %s W is %s FLOP/s per watt; no silicon exceeds %s"
                            .formatted(plain(f.value()), plain(watts.value()), plain(f.value() / watts.value()),
                                    plain(MAX_FLOPS_PER_WATT))));
            fastest.filter(f -> f.value() / watts.value() > MAX_BYTES_PER_SECOND_PER_WATT).ifPresent(f -> report.add(
                    "memoryTiers", "%s B/s at %s W is %s B/s per watt; no memory exceeds %s"
                            .formatted(plain(f.value()), plain(watts.value()), plain(f.value() / watts.value()),
                                    plain(MAX_BYTES_PER_SECOND_PER_WATT))));
        }
        Figure bf16 = a.denseFlopsPerSecond().get(Precision.BF16);
        if (fastest.isPresent() && usable(bf16, Units.FLOP_PER_SECOND)) {
            double bytesPerFlop = fastest.get().value() / bf16.value();
            if (bytesPerFlop < MIN_BYTES_PER_FLOP || bytesPerFlop > MAX_BYTES_PER_FLOP) {
                report.add("memoryTiers", "the fastest memory moves %s bytes per bf16 FLOP; real parts lie between %s and %s"
                        .formatted(plain(bytesPerFlop), plain(MIN_BYTES_PER_FLOP), plain(MAX_BYTES_PER_FLOP)));
            }
        }
    }

    private static boolean usable(Figure f, String unit) {
        return f != null && unit.equals(f.unit()) && f.value() > 0 && Double.isFinite(f.value());
    }

    private static String plain(double value) {
        return String.format(java.util.Locale.ROOT, "%.3g", value);
    }
}
