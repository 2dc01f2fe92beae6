package com.inferplan.engine.perf;

import com.inferplan.catalog.Accelerator;
import com.inferplan.catalog.Precision;

/** The chip has no usable peak for an operator's precision, not even along the fallback chain. */
public final class UnsupportedPrecisionException extends RuntimeException {

    public UnsupportedPrecisionException(Accelerator hw, Precision precision, String operator) {
        super(hw.id() + " has no compute peak for " + precision.label() + " or any format it falls back to ("
                + precision.fallbackChain() + "), needed by operator " + operator);
    }
}
