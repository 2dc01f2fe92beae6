package com.inferplan.pricing.param;

import com.inferplan.pricing.PricingInputException;
import com.inferplan.pricing.Require;

/** A named numeric input of a cost basis or serving assumption, with its unit and allowed range. */
public record Parameter(String name, double value, String unit, Bounds bounds) {

    public Parameter {
        Require.text("name", name);
        Require.text("unit", unit);
        if (!bounds.contains(value)) {
            throw new PricingInputException(name, value, "must be in " + bounds);
        }
    }
}
