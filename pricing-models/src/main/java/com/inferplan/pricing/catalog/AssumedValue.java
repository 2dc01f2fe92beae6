package com.inferplan.pricing.catalog;

import com.inferplan.pricing.uncertainty.Distribution;

/** A base value with the low-high range its sources give, used as a triangular distribution. */
public record AssumedValue(double base, double low, double high, Source source) {

    public AssumedValue {
        if (!(low <= base && base <= high) || source == null) {
            throw new PricingDataException("assumed value " + base, "needs low <= base <= high and a source");
        }
    }

    public Distribution distribution() {
        return low == high ? new Distribution.Fixed(base) : new Distribution.Triangular(low, base, high);
    }
}
