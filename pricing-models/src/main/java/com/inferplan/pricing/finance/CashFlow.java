package com.inferplan.pricing.finance;

import com.inferplan.pricing.Require;

/**
 * A payment made by the buyer at the end of {@code period} (period 0 is signing). Amounts are paid,
 * so positive means money out.
 */
public record CashFlow(int period, double usdPaid, String item) {

    public CashFlow {
        if (period < 0) {
            throw new IllegalArgumentException("period must be >= 0, got " + period);
        }
        Require.finite("usdPaid", usdPaid);
        Require.text("item", item);
    }
}
