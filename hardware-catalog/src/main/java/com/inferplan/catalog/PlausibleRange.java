package com.inferplan.catalog;

/**
 * Bounds a per-chip figure must fall in; wide enough for every real chip from a 2-core CPU to a
 * wafer, narrow enough to catch unit slips (TB/s entered as GB/s is off by 1000).
 */
record PlausibleRange(double min, double max) {
    static final PlausibleRange PEAK_OPS = new PlausibleRange(1e9, 1e18);
    static final PlausibleRange SCALE_UP_BYTES_PER_SECOND = new PlausibleRange(1e9, 1e17);
    static final PlausibleRange SCALE_OUT_BYTES_PER_SECOND = new PlausibleRange(1e8, 1e13);
    static final PlausibleRange DOMAIN_CHIPS = new PlausibleRange(1, 1e5);
    static final PlausibleRange HOP_LATENCY_SECONDS = new PlausibleRange(1e-9, 1e-3);
    static final PlausibleRange POWER_WATTS = new PlausibleRange(1, 1e5);

    static PlausibleRange capacityBytes(MemoryTierKind kind) {
        return switch (kind) {
            case ON_CHIP_SRAM -> new PlausibleRange(1e6, 1e11);
            case HBM -> new PlausibleRange(1e9, 2e12);
            case DRAM -> new PlausibleRange(1e9, 1e13);
            case EXTERNAL_STORE -> new PlausibleRange(1e9, 1e16);
        };
    }

    static PlausibleRange bandwidthBytesPerSecond(MemoryTierKind kind) {
        return switch (kind) {
            case ON_CHIP_SRAM -> new PlausibleRange(1e11, 1e17);
            case HBM -> new PlausibleRange(1e11, 5e13);
            case DRAM -> new PlausibleRange(1e9, 5e12);
            case EXTERNAL_STORE -> new PlausibleRange(1e8, 1e13);
        };
    }

    boolean contains(double value) {
        return value >= min && value <= max;
    }
}
