package com.inferplan.catalog;

/** The chip records no peak for a precision nor for any format on its fallback chain. */
public class PeakNotAvailableException extends RuntimeException {
    private final String acceleratorId;
    private final Precision precision;

    public PeakNotAvailableException(Accelerator accelerator, Precision precision) {
        super(accelerator.id() + " has no dense peak for " + precision.label() + " nor its fallbacks "
                + precision.fallbackChain() + "; recorded: " + accelerator.denseFlopsPerSecond().keySet());
        this.acceleratorId = accelerator.id();
        this.precision = precision;
    }

    public String acceleratorId() {
        return acceleratorId;
    }

    public Precision precision() {
        return precision;
    }
}
