package com.inferplan.catalog;

/**
 * Result of {@link Accelerator#peakFor}: the precision whose peak was used for the requested one.
 * Looking FP16 up under BF16, or INT4 under INT8, is the chain's first step and not a fallback.
 */
public record PeakLookup(Precision requested, Precision used, Figure figure) {

    public double flopsPerSecond() {
        return figure.value();
    }

    /** True when the chip lacks the requested format and runs it at a slower one. */
    public boolean fellBack() {
        return used != requested.fallbackChain().get(0);
    }
}
