package com.inferplan.pricing.cashflow;

import com.inferplan.pricing.Require;
import com.inferplan.pricing.basis.HourlyBasis;
import com.inferplan.pricing.basis.Owned;
import com.inferplan.pricing.finance.CashFlow;
import com.inferplan.pricing.finance.CashFlowPeriod;
import com.inferplan.pricing.finance.CashFlowSchedule;

import java.util.ArrayList;
import java.util.List;

import static com.inferplan.pricing.basis.CostBasis.HOURS_PER_YEAR;

/**
 * Payments for a fleet of chips on an owned or rented basis, per year or month, for NPV comparisons
 * (deals have their own schedule in {@code DealCashFlows}). Period 0 is purchase or signing.
 */
public final class BasisCashFlows {

    static final String PURCHASE = "purchase";
    static final String RUNNING = "running costs";
    static final String RESALE = "resale at end of life";
    static final String RENT = "rent";

    private BasisCashFlows() {
    }

    /**
     * Capex at period 0, running costs spread over the depreciation life (rounded up to whole
     * periods), and the residual value received back at its end as a negative payment.
     */
    public static CashFlowSchedule owned(Owned owned, double chips, CashFlowPeriod period) {
        Require.positive("chips", chips);
        int perYear = period.periodsPerYear();
        int periods = (int) Math.ceil(owned.capital().depreciationYears() * perYear - 1e-9);
        double capex = owned.purchase().usdPerChip() * chips;
        List<CashFlow> flows = new ArrayList<>();
        flows.add(new CashFlow(0, capex, PURCHASE));
        double runningPerPeriod = owned.runningUsdPerChipYear() * chips / perYear;
        for (int p = 1; p <= periods; p++) {
            flows.add(new CashFlow(p, runningPerPeriod, RUNNING));
        }
        double resale = capex * owned.capital().residualValueFraction();
        if (resale > 0) {
            flows.add(new CashFlow(periods, -resale, RESALE));
        }
        return new CashFlowSchedule(period, flows);
    }

    /** Rent for every provisioned hour at the basis's rate (on-demand or reserved) for {@code years}. */
    public static CashFlowSchedule rented(HourlyBasis basis, double chips, int years, CashFlowPeriod period) {
        Require.positive("chips", chips);
        Require.termYears("years", years);
        int perYear = period.periodsPerYear();
        double perPeriod = basis.usdPerChipHour(1.0) * chips * HOURS_PER_YEAR / perYear;
        List<CashFlow> flows = new ArrayList<>();
        for (int p = 1; p <= years * perYear; p++) {
            flows.add(new CashFlow(p, perPeriod, RENT));
        }
        return new CashFlowSchedule(period, flows);
    }
}
