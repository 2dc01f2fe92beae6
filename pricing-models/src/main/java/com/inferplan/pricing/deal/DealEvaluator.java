package com.inferplan.pricing.deal;

import com.inferplan.pricing.Require;
import com.inferplan.pricing.basis.OnDemand;
import com.inferplan.pricing.basis.PartnerDeal;
import com.inferplan.pricing.explain.CostFlag;
import com.inferplan.pricing.explain.Explained;
import com.inferplan.pricing.explain.FormulaInput;
import com.inferplan.pricing.finance.CashFlowPeriod;
import com.inferplan.pricing.finance.CashFlowSchedule;

import java.util.List;

/** Evaluates a partner deal: effective rates, implied USD per MW-year, cash flows and NPV. */
public final class DealEvaluator {

    private DealEvaluator() {
    }

    public static DealEvaluation evaluate(PartnerDeal deal, double utilization, CashFlowPeriod period) {
        return build(deal, utilization, DealCashFlows.ofDeal(deal, utilization, period), null);
    }

    public static DealEvaluation evaluate(PartnerDeal deal, double utilization, CashFlowPeriod period,
                                          OnDemand onDemandAlternative, double discountRateAnnual) {
        Require.annualRate("discountRateAnnual", discountRateAnnual);
        CashFlowSchedule dealFlows = DealCashFlows.ofDeal(deal, utilization, period);
        return build(deal, utilization, dealFlows, npvVersusOnDemand(deal, utilization, dealFlows,
                onDemandAlternative, discountRateAnnual));
    }

    private static DealEvaluation build(PartnerDeal deal, double utilization, CashFlowSchedule dealFlows,
                                        NpvComparison npv) {
        Explained perChip = deal.usdPerChipHourPaid(utilization);
        Explained perUsedChip = Explained.of("usdPerUsedChipHour", perChip.value() / utilization, "USD/chip-hour",
                "usdPerUsedChipHour = usdPerChipHour / utilization",
                List.of(FormulaInput.derived(perChip), FormulaInput.of("utilization", utilization, "fraction")));
        for (CostFlag flag : perChip.flags()) {
            perUsedChip = perUsedChip.withFlag(flag);
        }
        return new DealEvaluation(deal, utilization, deal.usdPerUnitHourPaid(utilization), perChip, perUsedChip,
                usdPerMegawattYear(deal), dealFlows, npv);
    }

    /** Contract value over the MW-years made available: a derived figure no source states. */
    public static Explained usdPerMegawattYear(PartnerDeal deal) {
        double megawattYears = deal.capacity().facilityMegawatts() * deal.ramp().sum();
        return Explained.of("usdPerMegawattYear", deal.netContractValueUsd() / megawattYears, "USD/MW-year",
                        "usdPerMegawattYear = netContractValueUsd / (facilityMegawatts · Σ rampYear)",
                        List.of(FormulaInput.of("netContractValueUsd", deal.netContractValueUsd(), "USD"),
                                FormulaInput.of("facilityMegawatts", deal.capacity().facilityMegawatts(), "MW"),
                                FormulaInput.of("rampYearsSum", deal.ramp().sum(), "years at full capacity")))
                .withFlag(new CostFlag(CostFlag.Kind.DERIVED_VALUE,
                        "Derived from the contract value and the committed capacity; no source states a price per MW."));
    }

    private static NpvComparison npvVersusOnDemand(PartnerDeal deal, double utilization, CashFlowSchedule dealFlows,
                                                   OnDemand onDemand, double rate) {
        CashFlowSchedule onDemandFlows = DealCashFlows.ofOnDemandAlternative(deal, utilization, onDemand,
                dealFlows.period());
        double pvOnDemand = onDemandFlows.presentValue(rate);
        double pvDeal = dealFlows.presentValue(rate);
        Explained npv = Explained.of("npvSavingsUsd", pvOnDemand - pvDeal, "USD",
                "npvSavingsUsd = Σ onDemandPaid_t / (1 + discountRateAnnual)^t − Σ dealPaid_t / (1 + discountRateAnnual)^t"
                        + " (t in years; positive means the deal is cheaper)",
                List.of(FormulaInput.of("presentValueOnDemandUsd", pvOnDemand, "USD"),
                        FormulaInput.of("presentValueDealUsd", pvDeal, "USD"),
                        FormulaInput.of("discountRateAnnual", rate, "per year"),
                        FormulaInput.of("onDemandUsdPerChipHour", onDemand.usdPerChipHour(), "USD/chip-hour")));
        return new NpvComparison(npv, onDemandFlows, rate);
    }
}
