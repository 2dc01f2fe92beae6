package com.inferplan.pricing.basis;

import com.inferplan.pricing.explain.CostFlag;
import com.inferplan.pricing.explain.Explained;
import com.inferplan.pricing.explain.FormulaInput;
import com.inferplan.pricing.explain.Provenance;

import java.util.List;
import java.util.Locale;

/** The formulas behind a deal's hourly rate, kept apart from the record so each stays short. */
final class DealRate {

    private DealRate() {
    }

    static Explained usdPerChipHourPaid(PartnerDeal deal, double utilization) {
        Explained perUnit = usdPerUnitHourPaid(deal, utilization);
        int chips = deal.capacity().unit().chipsPerUnit();
        Explained perChip = Explained.of("usdPerChipHour", perUnit.value() / chips, "USD/chip-hour",
                "usdPerChipHour = usdPerUnitHour / chipsPerUnit",
                List.of(FormulaInput.derived(perUnit), FormulaInput.of("chipsPerUnit", chips, "chips/unit")));
        for (CostFlag flag : perUnit.flags()) {
            perChip = perChip.withFlag(flag);
        }
        return perChip;
    }

    static Explained usdPerUnitHourPaid(PartnerDeal deal, double utilization) {
        double value = deal.usdPerUnitHour(utilization);
        Explained result = Explained.of("usdPerUnitHour", value, "USD/" + deal.capacity().unit().name() + "-hour",
                "usdPerUnitHour = netContractValueUsd / availableUnitHours · (prepaidFraction + financedFraction"
                        + " + (1 − prepaidFraction − financedFraction) · max(utilization, takeOrPayShare))"
                        + " + financingInterestUsd / availableUnitHours",
                List.of(FormulaInput.derived(netContractValue(deal)), FormulaInput.derived(availableUnitHours(deal)),
                        FormulaInput.of("prepaidFraction", deal.financing().prepaidFraction(), "fraction"),
                        FormulaInput.of("financedFraction", deal.financing().financedFraction(), "fraction"),
                        FormulaInput.of("utilization", utilization, "fraction"),
                        FormulaInput.of("takeOrPayShare", deal.takeOrPayShare(), "fraction"),
                        FormulaInput.derived(financingInterest(deal))));
        if (utilization < deal.committedShare()) {
            result = result.withFlag(takeOrPayFlag(deal, utilization, value));
        }
        return result;
    }

    private static CostFlag takeOrPayFlag(PartnerDeal deal, double utilization, double paidPerUnitHour) {
        double ratio = (paidPerUnitHour / utilization) / deal.usdPerUnitHour(1.0);
        return new CostFlag(CostFlag.Kind.TAKE_OR_PAY_BINDING, String.format(Locale.ROOT,
                "Take-or-pay is binding: %.0f%% of committed capacity is used but %.0f%% is paid for"
                        + " (take-or-pay share %.0f%%, prepaid %.0f%%, financed %.0f%%), so each used token"
                        + " costs %.2fx the fully used price.",
                utilization * 100, deal.committedShare() * 100, deal.takeOrPayShare() * 100,
                deal.financing().prepaidFraction() * 100, deal.financing().financedFraction() * 100, ratio));
    }

    private static Explained netContractValue(PartnerDeal deal) {
        return Explained.of("netContractValueUsd", deal.netContractValueUsd(), "USD",
                "netContractValueUsd = contractValueUsd · (1 − volumeDiscountFraction)",
                List.of(FormulaInput.of("contractValueUsd", deal.contractValueUsd(), "USD"),
                        new FormulaInput("volumeDiscountFraction", deal.volumeDiscountFraction(), "fraction",
                                deal.volumeDiscounts().isEmpty()
                                        ? Provenance.INPUT
                                        : Provenance.DERIVED, null)));
    }

    static Explained availableUnitHours(PartnerDeal deal) {
        CommittedCapacity c = deal.capacity();
        FormulaInput units = c.measure() == CommittedCapacity.Measure.UNITS
                ? FormulaInput.of("committedQuantity", c.units(), c.unit().name())
                : FormulaInput.derived(Explained.of("committedUnits", c.units(), c.unit().name(),
                "committedUnits = committedQuantity · 1000 / (kwPerUnit · pue)",
                List.of(FormulaInput.of("committedQuantity", c.quantity(), "MW"),
                        FormulaInput.of("kwPerUnit", c.unit().kwPerUnit(), "kW"),
                        FormulaInput.of("pue", c.pue(), "ratio"))));
        return Explained.of("availableUnitHours", deal.totalAvailableUnitHours(), c.unit().name() + "-hours",
                "availableUnitHours = committedUnits · Σ rampYear · 8760",
                List.of(units, FormulaInput.of("rampYearsSum", deal.ramp().sum(), "years at full capacity")));
    }

    private static Explained financingInterest(PartnerDeal deal) {
        return Explained.of("financingInterestUsd", deal.financingInterestUsd(), "USD",
                "financingInterestUsd = termYears · annuity(financedFraction · netContractValueUsd,"
                        + " financingRateAnnual, termYears) − financedFraction · netContractValueUsd",
                List.of(FormulaInput.of("financedFraction", deal.financing().financedFraction(), "fraction"),
                        FormulaInput.of("financingRateAnnual", deal.financing().financingRateAnnual(), "per year"),
                        FormulaInput.of("termYears", deal.termYears(), "years")));
    }
}
