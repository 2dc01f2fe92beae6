package com.inferplan.pricing.finance;

/** Granularity of a cash-flow schedule. */
public enum CashFlowPeriod {
    YEAR(1), MONTH(12);

    private final int periodsPerYear;

    CashFlowPeriod(int periodsPerYear) {
        this.periodsPerYear = periodsPerYear;
    }

    public int periodsPerYear() {
        return periodsPerYear;
    }
}
