package com.inferplan.pricing.portfolio;

import com.inferplan.pricing.PricingInputException;
import com.inferplan.pricing.Require;

import java.util.Set;

/** The checks of one pool, fields named under {@code at} (e.g. {@code pools[2]}). */
final class PoolValidation {

    private PoolValidation() {
    }

    static void check(String at, Pool pool, Set<String> ids) {
        PortfolioValidation.unique(at + ".id", Require.text(at + ".id", pool.id()), ids);
        Require.text(at + ".vendor", pool.vendor());
        Require.nonNegative(at + ".usdPerUnitMonth", pool.usdPerUnitMonth());
        Require.nonNegative(at + ".committedUnits", pool.committedUnits());
        if (pool.overageUsdPerUnitMonth() != null) {
            Require.nonNegative(at + ".overageUsdPerUnitMonth", pool.overageUsdPerUnitMonth());
        }
        Require.nonNegative(at + ".minUnits", pool.minUnits());
        if (pool.maxUnits() != null) {
            Require.nonNegative(at + ".maxUnits", pool.maxUnits());
            if (pool.maxUnits() < pool.minUnits()) {
                throw new PricingInputException(at + ".maxUnits", pool.maxUnits(),
                        "must not be below minUnits (" + pool.minUnits() + ")");
            }
        }
        if (pool.kwPerUnit() != null) {
            Require.positive(at + ".kwPerUnit", pool.kwPerUnit());
        }
        Require.pue(at + ".pue", pool.pue());
        if (pool.usdPerUnitMonthSpread() != null && !pool.usdPerUnitMonthSpread().isFixed()
                && pool.usdPerUnitMonth() <= 0) {
            // The Monte Carlo scales the pool's cost by sampled price ÷ base price.
            throw new PricingInputException(at + ".usdPerUnitMonth", pool.usdPerUnitMonth(),
                    "must be above zero when the price has a spread");
        }
    }
}
