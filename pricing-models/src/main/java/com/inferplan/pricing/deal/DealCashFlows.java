package com.inferplan.pricing.deal;

import com.inferplan.pricing.basis.OnDemand;
import com.inferplan.pricing.basis.PartnerDeal;
import com.inferplan.pricing.finance.Annuity;
import com.inferplan.pricing.finance.CashFlow;
import com.inferplan.pricing.finance.CashFlowPeriod;
import com.inferplan.pricing.finance.CashFlowSchedule;

import java.util.ArrayList;
import java.util.List;

/**
 * Payments under a deal and under the on-demand alternative, per year or per month (decision 0300).
 * Period 0 is signing; other payments fall at period ends, a year's usage spread evenly over its months.
 */
public final class DealCashFlows {

    static final String PREPAYMENT = "prepayment";
    static final String FINANCING = "financing repayment";
    static final String USAGE = "usage charge";
    static final String ON_DEMAND = "on-demand rental of the used capacity";

    private DealCashFlows() {
    }

    public static CashFlowSchedule ofDeal(PartnerDeal deal, double utilization, CashFlowPeriod period) {
        List<CashFlow> flows = new ArrayList<>();
        double net = deal.netContractValueUsd();
        if (deal.financing().prepaidFraction() > 0) {
            flows.add(new CashFlow(0, deal.financing().prepaidFraction() * net, PREPAYMENT));
        }
        addFinancingRepayments(deal, period, flows);
        double usageShare = deal.financing().billedAsUsedFraction() * Math.max(utilization, deal.takeOrPayShare());
        if (usageShare > 0) {
            for (int year = 1; year <= deal.termYears(); year++) {
                double yearCharge = usageShare * deal.usdPerUnitHourAtFullUse() * deal.availableUnitHours(year);
                addSpreadOverYear(flows, year, yearCharge, period, USAGE);
            }
        }
        return new CashFlowSchedule(period, flows);
    }

    /** Renting on demand exactly the capacity the deal would have had in use, year by year. */
    public static CashFlowSchedule ofOnDemandAlternative(PartnerDeal deal, double utilization, OnDemand onDemand,
                                                         CashFlowPeriod period) {
        List<CashFlow> flows = new ArrayList<>();
        double usdPerUnitHour = onDemand.usdPerChipHour() * deal.capacity().unit().chipsPerUnit();
        for (int year = 1; year <= deal.termYears(); year++) {
            double yearCost = utilization * deal.availableUnitHours(year) * usdPerUnitHour;
            addSpreadOverYear(flows, year, yearCost, period, ON_DEMAND);
        }
        return new CashFlowSchedule(period, flows);
    }

    private static void addFinancingRepayments(PartnerDeal deal, CashFlowPeriod period, List<CashFlow> flows) {
        double principal = deal.financedPrincipalUsd();
        if (principal == 0) {
            return;
        }
        int periods = deal.termYears() * period.periodsPerYear();
        double rate = Annuity.ratePerPeriod(deal.financing().financingRateAnnual(), period.periodsPerYear());
        double payment = Annuity.payment(principal, rate, periods);
        for (int p = 1; p <= periods; p++) {
            flows.add(new CashFlow(p, payment, FINANCING));
        }
    }

    private static void addSpreadOverYear(List<CashFlow> flows, int year, double amount, CashFlowPeriod period,
                                          String item) {
        if (amount == 0) {
            return;
        }
        int perYear = period.periodsPerYear();
        for (int p = (year - 1) * perYear + 1; p <= year * perYear; p++) {
            flows.add(new CashFlow(p, amount / perYear, item));
        }
    }
}
