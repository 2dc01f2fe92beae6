package com.inferplan.backend.pricing;

import com.inferplan.backend.support.Quantities;
import com.inferplan.pricing.basis.OnDemand;
import com.inferplan.pricing.basis.PartnerDeal;
import com.inferplan.pricing.catalog.DefaultBasis;
import com.inferplan.pricing.catalog.PricingCatalog;
import com.inferplan.pricing.deal.DealEvaluation;
import com.inferplan.pricing.deal.DealEvaluator;
import com.inferplan.pricing.finance.CashFlowPeriod;
import java.util.Optional;

/**
 * A partner deal a person saved, evaluated as the catalog evaluates its templates: NPV against the
 * hardware's default on-demand price where there is one, yearly cash flows, statuses kept.
 */
final class SavedDeals {

    private SavedDeals() {
    }

    static DealOutcome evaluate(PricingCatalog catalog, PricedBasis basis, PartnerDeal deal, double utilization,
                                double discountRateAnnual) {
        Optional<OnDemand> onDemand = Optional.ofNullable(basis.hardwareId()).filter(catalog.hardwareIds()::contains)
                .flatMap(catalog::defaultBasis).map(DefaultBasis::basis)
                .filter(OnDemand.class::isInstance).map(OnDemand.class::cast);
        DealEvaluation evaluation = PricingErrors.fieldsUnder("", () -> onDemand.isPresent()
                ? DealEvaluator.evaluate(deal, utilization, CashFlowPeriod.YEAR, onDemand.get(), discountRateAnnual)
                : DealEvaluator.evaluate(deal, utilization, CashFlowPeriod.YEAR));
        String note = onDemand.map(o -> "NPV against renting the used capacity on demand at " + o.usdPerChipHour()
                        + " USD/chip-hour (" + basis.hardwareId() + " default), discounted at "
                        + Quantities.number(discountRateAnnual * 100) + "% a year.")
                .orElse("No NPV: no on-demand price is known for " + (basis.hardwareId() == null
                        ? "this deal (no hardware chosen)." : basis.hardwareId() + "."));
        return new DealOutcome(evaluation.withProvenance(basis.spec().provenance()), note);
    }
}
