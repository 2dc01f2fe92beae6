package com.inferplan.backend.hardware;

import com.inferplan.catalog.Accelerator;
import com.inferplan.catalog.AcceleratorKind;
import com.inferplan.catalog.DeployableUnit;
import com.inferplan.catalog.Figure;
import com.inferplan.catalog.FigureStatus;
import com.inferplan.catalog.MemoryTier;
import com.inferplan.catalog.MemoryTierKind;
import com.inferplan.catalog.Precision;
import com.inferplan.catalog.ScaleUpInterconnect;
import com.inferplan.catalog.Source;
import com.inferplan.catalog.Topology;
import com.inferplan.catalog.Units;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Converts a person's draft (TFLOP/s, GB, TB/s) into a catalog entry in SI units. */
final class CustomHardwareMapper {

    /**
     * Collective step latency given to user entries with a scale-up fabric, since people rarely
     * know it; labelled as derived so nobody mistakes it for a measured value.
     */
    static final double DEFAULT_HOP_LATENCY_SECONDS = 2e-6;

    private CustomHardwareMapper() {
    }

    static Accelerator toAccelerator(CustomHardwareDraft d) {
        Source source = new Source(d.getSourceTitle(), blankToNull(d.getSourceUrl()), LocalDate.now().toString());
        FigureStatus status = FigureStatus.valueOf(d.getStatus());
        FigureFactory f = new FigureFactory(source, status, d.getDerivation());
        Map<Precision, Figure> peaks = new EnumMap<>(Precision.class);
        peaks.put(Precision.BF16, f.of(d.getBf16Tflops() * 1e12, Units.FLOP_PER_SECOND));
        if (d.getFp8Tflops() != null) {
            peaks.put(Precision.FP8, f.of(d.getFp8Tflops() * 1e12, Units.FLOP_PER_SECOND));
        }
        if (d.getFp4Tflops() != null) {
            peaks.put(Precision.FP4, f.of(d.getFp4Tflops() * 1e12, Units.FLOP_PER_SECOND));
        }
        MemoryTierKind memoryKind = MemoryTierKind.valueOf(d.getMemoryKind().toUpperCase(Locale.ROOT));
        MemoryTier memory = new MemoryTier(memoryKind, memoryKind.name(),
                f.of(d.getMemoryGb() * 1e9, Units.BYTES), f.of(d.getMemoryTbPerSecond() * 1e12, Units.BYTES_PER_SECOND));
        return new Accelerator(d.getId(), d.getVendor(), d.getName(), d.getYear(), AcceleratorKind.parse(d.getKind()),
                "custom", peaks, List.of(memory), scaleUp(d, f, source), null,
                d.getPowerWatts() == null ? null : f.of(d.getPowerWatts(), Units.WATTS), null,
                List.of(new DeployableUnit("chip", "Single chip", 1, "one accelerator")), true, null);
    }

    private static ScaleUpInterconnect scaleUp(CustomHardwareDraft d, FigureFactory f, Source source) {
        if (d.getScaleUpGbPerSecond() == null) {
            return ScaleUpInterconnect.none();
        }
        Figure latency = new Figure(DEFAULT_HOP_LATENCY_SECONDS, Units.SECONDS, source, FigureStatus.DERIVED,
                "InferPlan default for custom entries: 2 µs per collective step (not entered by the user)", null);
        return new ScaleUpInterconnect("custom scale-up", f.of(d.getScaleUpGbPerSecond() * 1e9, Units.BYTES_PER_SECOND),
                f.of(d.getScaleUpDomainChips() == null ? 1 : d.getScaleUpDomainChips(), Units.CHIPS),
                Topology.SWITCH, latency);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private record FigureFactory(Source source, FigureStatus status, String derivation) {
        Figure of(double value, String unit) {
            return new Figure(value, unit, source, status, status == FigureStatus.DERIVED ? derivation : null, null);
        }
    }
}
