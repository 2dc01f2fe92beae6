package com.inferplan.pricing.finance;

import com.inferplan.pricing.Require;

/** Level payments that repay a principal with interest, and the matching capital recovery factor. */
public final class Annuity {

    private Annuity() {
    }

    /** Payment per period repaying {@code principal} over {@code periods} at {@code ratePerPeriod}. */
    public static double payment(double principal, double ratePerPeriod, double periods) {
        Require.nonNegative("principal", principal);
        Require.positive("periods", periods);
        return principal * capitalRecoveryFactor(ratePerPeriod, periods);
    }

    /** r / (1 − (1 + r)^−n); the limit 1/n at r = 0 is taken exactly rather than dividing by ~0. */
    public static double capitalRecoveryFactor(double ratePerPeriod, double periods) {
        Require.annualRate("ratePerPeriod", ratePerPeriod);
        Require.positive("periods", periods);
        if (Math.abs(ratePerPeriod) < 1e-12) {
            return 1.0 / periods;
        }
        return ratePerPeriod / (1 - Math.pow(1 + ratePerPeriod, -periods));
    }

    /** The per-period rate that compounds to {@code annualRate} over one year. */
    public static double ratePerPeriod(double annualRate, int periodsPerYear) {
        Require.annualRate("annualRate", annualRate);
        return Math.pow(1 + annualRate, 1.0 / periodsPerYear) - 1;
    }
}
