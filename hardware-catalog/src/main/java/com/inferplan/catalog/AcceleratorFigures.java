package com.inferplan.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Lists an accelerator's figures with stable field paths, for validation, CSV and tests. */
final class AcceleratorFigures {
    private AcceleratorFigures() {
    }

    static List<FieldFigure> of(Accelerator a) {
        List<FieldFigure> out = new ArrayList<>();
        addPeaks(out, "denseFlopsPerSecond", a.denseFlopsPerSecond());
        addPeaks(out, "sparseFlopsPerSecond", a.sparseFlopsPerSecond());
        for (MemoryTier tier : a.memoryTiers()) {
            String prefix = "memoryTiers." + tierKey(tier);
            add(out, prefix + ".capacityBytes", tier.capacityBytes());
            add(out, prefix + ".bandwidthBytesPerSecond", tier.bandwidthBytesPerSecond());
        }
        ScaleUpInterconnect up = a.scaleUp();
        if (up != null) {
            add(out, "scaleUp.bandwidthBytesPerSecond", up.bandwidthBytesPerSecond());
            add(out, "scaleUp.domainChips", up.domainChips());
            add(out, "scaleUp.hopLatencySeconds", up.hopLatencySeconds());
        }
        add(out, "scaleOutBytesPerSecond", a.scaleOutBytesPerSecond());
        add(out, "chipPowerWatts", a.chipPowerWatts());
        add(out, "systemPowerPerChipWatts", a.systemPowerPerChipWatts());
        return out;
    }

    static String tierKey(MemoryTier tier) {
        return tier.kind() == null ? "unknown" : tier.kind().name().toLowerCase(Locale.ROOT);
    }

    private static void addPeaks(List<FieldFigure> out, String prefix, Map<Precision, Figure> peaks) {
        peaks.forEach((precision, figure) -> add(out, prefix + "." + precision.label(), figure));
    }

    private static void add(List<FieldFigure> out, String field, Figure figure) {
        if (figure != null) {
            out.add(new FieldFigure(field, figure));
        }
    }
}
