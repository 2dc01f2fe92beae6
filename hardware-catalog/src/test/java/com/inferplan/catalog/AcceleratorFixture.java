package com.inferplan.catalog;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A small, valid, user-defined chip whose parts tests replace to break one rule at a time. */
final class AcceleratorFixture {
    static final Source SOURCE = new Source("Example datasheet", "https://example.com/chip", "2025-01");

    String id = "test-chip";
    boolean userDefined = true;
    final Map<Precision, Figure> dense = new EnumMap<>(Precision.class);
    final Map<Precision, Figure> sparse = new EnumMap<>(Precision.class);
    final List<MemoryTier> tiers = new ArrayList<>();
    ScaleUpInterconnect scaleUp = new ScaleUpInterconnect("test link", vendor(400e9, Units.BYTES_PER_SECOND),
            vendor(8, Units.CHIPS), Topology.SWITCH, vendor(1e-6, Units.SECONDS));
    final List<DeployableUnit> units = new ArrayList<>(List.of(new DeployableUnit("node-8", "8-chip node", 8, "test node", SOURCE)));

    AcceleratorFixture() {
        dense.put(Precision.FP32, vendor(60e12, Units.FLOP_PER_SECOND));
        dense.put(Precision.BF16, vendor(1000e12, Units.FLOP_PER_SECOND));
        dense.put(Precision.FP8, vendor(2000e12, Units.FLOP_PER_SECOND));
        sparse.put(Precision.BF16, vendor(2000e12, Units.FLOP_PER_SECOND));
        tiers.add(hbm(vendor(3e12, Units.BYTES_PER_SECOND)));
    }

    static Figure vendor(double value, String unit) {
        return new Figure(value, unit, SOURCE, FigureStatus.VENDOR_PUBLISHED, null, null);
    }

    static MemoryTier hbm(Figure bandwidth) {
        return new MemoryTier(MemoryTierKind.HBM, "HBM3", vendor(80e9, Units.BYTES), bandwidth);
    }

    double chipWatts = 700;

    /** Sets the chip's power (the system figure stays above it). */
    static final class Power {
        static void set(AcceleratorFixture chip, double watts) {
            chip.chipWatts = watts;
        }
    }

    Accelerator build() {
        return new Accelerator(id, "Example", "Test Chip", 2025, AcceleratorKind.GPU, "module", dense, sparse, tiers,
                scaleUp, vendor(50e9, Units.BYTES_PER_SECOND), vendor(chipWatts, Units.WATTS), vendor(1200, Units.WATTS),
                units, userDefined, "fixture");
    }
}
