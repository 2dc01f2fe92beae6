package com.inferplan.ui.hardware;

import com.inferplan.catalog.Accelerator;
import com.inferplan.catalog.Figure;
import com.inferplan.catalog.MemoryTierKind;
import com.inferplan.catalog.Precision;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The figures the grid shows, sorts by and compares side by side: each a label, a unit and how to
 * read it from an accelerator (absent when the chip does not have it).
 */
record KeyFigures(String key, String label, String unit, Function<Accelerator, Optional<Figure>> reader) {

    static final List<KeyFigures> ALL = List.of(
            peak("bf16", "BF16 dense", Precision.BF16),
            peak("fp8", "FP8 dense", Precision.FP8),
            peak("fp4", "FP4 dense", Precision.FP4),
            peak("int8", "INT8 dense", Precision.INT8),
            capacity("sram", "On-chip SRAM", MemoryTierKind.ON_CHIP_SRAM),
            capacity("hbm", "HBM", MemoryTierKind.HBM),
            bandwidth("hbmBw", "HBM bandwidth", MemoryTierKind.HBM),
            bandwidth("sramBw", "SRAM bandwidth", MemoryTierKind.ON_CHIP_SRAM),
            new KeyFigures("scaleUp", "Scale-up per chip", "B/s",
                    a -> Optional.ofNullable(a.scaleUp()).map(s -> s.bandwidthBytesPerSecond())),
            new KeyFigures("domain", "Scale-up domain", "chips",
                    a -> Optional.ofNullable(a.scaleUp()).map(s -> s.domainChips())),
            new KeyFigures("scaleOut", "Scale-out per chip", "B/s", a -> Optional.ofNullable(a.scaleOutBytesPerSecond())),
            new KeyFigures("power", "Chip power", "W", a -> Optional.ofNullable(a.chipPowerWatts())));

    Optional<Figure> of(Accelerator a) {
        return reader.apply(a);
    }

    double sortValue(Accelerator a) {
        return of(a).map(Figure::value).orElse(-1.0);
    }

    private static KeyFigures peak(String key, String label, Precision p) {
        return new KeyFigures(key, label, p == Precision.INT8 ? "OP/s" : "FLOP/s", a -> a.peak(p));
    }

    private static KeyFigures capacity(String key, String label, MemoryTierKind kind) {
        return new KeyFigures(key, label, "B", a -> a.tier(kind).map(t -> t.capacityBytes()));
    }

    private static KeyFigures bandwidth(String key, String label, MemoryTierKind kind) {
        return new KeyFigures(key, label, "B/s", a -> a.tier(kind).map(t -> t.bandwidthBytesPerSecond()));
    }
}
