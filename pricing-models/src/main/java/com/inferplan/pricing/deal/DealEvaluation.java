package com.inferplan.pricing.deal;

import com.inferplan.pricing.basis.PartnerDeal;
import com.inferplan.pricing.explain.CostFlag;
import com.inferplan.pricing.explain.Explained;
import com.inferplan.pricing.finance.CashFlowSchedule;

import com.inferplan.pricing.explain.Provenance;

import java.util.List;
import java.util.Map;

/**
 * A deal at one utilization of its committed capacity: rates per unit-hour and chip-hour (paid per
 * available hour and per used hour), the derived USD per MW-year, cash flows, and optionally NPV
 * against on-demand ({@code null} when no on-demand price is known for the hardware).
 */
public record DealEvaluation(PartnerDeal deal, double utilization, Explained usdPerUnitHour, Explained usdPerChipHour,
                             Explained usdPerUsedChipHour, Explained usdPerMegawattYear, CashFlowSchedule cashFlows,
                             NpvComparison npvVersusOnDemand) {

    public DealEvaluation {
        if (deal == null || cashFlows == null) {
            throw new IllegalArgumentException("deal and cash flows are required");
        }
    }

    /** The take-or-pay remark, if the floor is binding at this utilization. */
    public List<CostFlag> takeOrPayNotes() {
        return usdPerUnitHour.flags().stream().filter(f -> f.kind() == CostFlag.Kind.TAKE_OR_PAY_BINDING).toList();
    }

    /** The same evaluation with inputs relabelled by name, e.g. with a template's reported/assumed statuses. */
    public DealEvaluation withProvenance(Map<String, Provenance> byInputName) {
        NpvComparison npv = npvVersusOnDemand == null ? null : new NpvComparison(
                npvVersusOnDemand.npvSavingsUsd().withProvenance(byInputName), npvVersusOnDemand.onDemandCashFlows(),
                npvVersusOnDemand.discountRateAnnual());
        return new DealEvaluation(deal, utilization, usdPerUnitHour.withProvenance(byInputName),
                usdPerChipHour.withProvenance(byInputName), usdPerUsedChipHour.withProvenance(byInputName),
                usdPerMegawattYear.withProvenance(byInputName), cashFlows, npv);
    }
}
