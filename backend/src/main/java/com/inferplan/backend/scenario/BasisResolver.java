package com.inferplan.backend.scenario;

import com.inferplan.pricing.basis.OnDemand;
import com.inferplan.pricing.catalog.DealTemplate;
import com.inferplan.pricing.catalog.DefaultBasis;
import com.inferplan.pricing.catalog.PricingCatalog;
import com.inferplan.pricing.explain.Provenance;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a cost choice into a priced basis, or says why there is none: a missing price is an answer
 * (the candidate still shows its speed), not an input error. Deal ids and their hardware are checked
 * earlier by {@link ScenarioValidator}.
 */
final class BasisResolver {

    private final PricingCatalog catalog;

    BasisResolver(PricingCatalog catalog) {
        this.catalog = catalog;
    }

    /** The basis, or empty with {@link #whyNone} explaining. */
    Optional<PricedChoice> resolve(CostChoice choice, String hardwareId) {
        return switch (choice.kind()) {
            case ON_DEMAND -> Optional.of(new PricedChoice(
                    "on-demand at " + choice.usdPerChipHour() + " USD/chip-hour (stated)",
                    new OnDemand(choice.usdPerChipHour()), Map.of(), Map.of("usdPerChipHour", Provenance.INPUT),
                    List.of(), "A price you stated: no spread is applied."));
            case DEAL -> Optional.of(ofDeal(catalog.deal(choice.dealId())));
            case DEFAULT -> catalog.hardwareIds().contains(hardwareId)
                    ? catalog.defaultBasis(hardwareId).map(BasisResolver::ofDefault) : Optional.empty();
        };
    }

    String whyNone(String hardwareId) {
        if (!catalog.hardwareIds().contains(hardwareId)) {
            return "No built-in price for " + hardwareId + " (user-defined hardware): choose an on-demand price.";
        }
        return "No default cost basis for " + hardwareId + ": " + String.join(" ", catalog.priceGaps(hardwareId))
                + " Choose a deal or an on-demand price.";
    }

    private static PricedChoice ofDefault(DefaultBasis d) {
        return new PricedChoice(d.basis().kind() + " (catalog default)", d.basis(), d.uncertainty(),
                d.parameterProvenance(), d.sources(), d.rationale());
    }

    private static PricedChoice ofDeal(DealTemplate t) {
        return new PricedChoice(t.title(), t.deal(), t.uncertainty(), t.provenance(), t.sources(),
                t.hardwareNote() + " " + t.notes());
    }
}
