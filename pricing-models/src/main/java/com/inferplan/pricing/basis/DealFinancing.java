package com.inferplan.pricing.basis;

import com.inferplan.pricing.PricingInputException;
import com.inferplan.pricing.Require;

/**
 * How the contract value is paid (decision 0300): {@code prepaidFraction} at signing;
 * {@code financedFraction} borrowed at signing and repaid in level instalments over the term at
 * {@code financingRateAnnual}; the rest billed each year for capacity used, subject to take-or-pay.
 */
public record DealFinancing(double prepaidFraction, double financedFraction, double financingRateAnnual) {

    public DealFinancing {
        Require.fraction("prepaidFraction", prepaidFraction);
        Require.fraction("financedFraction", financedFraction);
        if (prepaidFraction + financedFraction > 1 + 1e-12) {
            throw new PricingInputException("financedFraction", financedFraction,
                    "prepaid (" + prepaidFraction + ") plus financed shares exceed the whole contract");
        }
        Require.nonNegative("financingRateAnnual", financingRateAnnual);
    }

    /** Everything billed as used. */
    public static DealFinancing none() {
        return new DealFinancing(0, 0, 0);
    }

    /** Share of the contract paid (up front or through the loan) whether or not capacity is used. */
    public double upfrontFraction() {
        return prepaidFraction + financedFraction;
    }

    public double billedAsUsedFraction() {
        return 1 - upfrontFraction();
    }
}
