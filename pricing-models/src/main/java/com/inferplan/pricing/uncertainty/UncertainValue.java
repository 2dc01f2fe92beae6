package com.inferplan.pricing.uncertainty;

import com.inferplan.pricing.Require;

/** A number used as {@code base} in deterministic results and drawn from {@code distribution} in Monte Carlo. */
public record UncertainValue(double base, Distribution distribution) {

    public UncertainValue {
        Require.finite("base", base);
        if (distribution == null) {
            throw new IllegalArgumentException("distribution is required; use certain(x) for a fixed value");
        }
    }

    public static UncertainValue certain(double value) {
        return new UncertainValue(value, new Distribution.Fixed(value));
    }
}
