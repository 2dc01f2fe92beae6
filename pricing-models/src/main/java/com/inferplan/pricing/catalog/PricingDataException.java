package com.inferplan.pricing.catalog;

/** The built-in pricing data is inconsistent; names the file or entry and the problem. */
public final class PricingDataException extends RuntimeException {

    public PricingDataException(String where, String problem) {
        super("pricing data " + where + ": " + problem);
    }

    public PricingDataException(String where, String problem, Throwable cause) {
        super("pricing data " + where + ": " + problem, cause);
    }
}
