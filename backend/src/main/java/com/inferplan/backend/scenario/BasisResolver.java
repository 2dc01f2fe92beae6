package com.inferplan.backend.scenario;

import com.inferplan.backend.pricing.BasisSpec;
import com.inferplan.pricing.basis.HourlyBasis;
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
 * earlier by {@link ScenarioValidator}. A choice with {@link PinnedTerms} is priced at those terms,
 * whatever today's catalog says (decision 0708).
 */
final class BasisResolver {

    private final PricingCatalog catalog;

    BasisResolver(PricingCatalog catalog) {
        this.catalog = catalog;
    }

    /** The basis, or empty with {@link #whyNone} explaining. */
    Optional<PricedChoice> resolve(CostChoice choice, String hardwareId) {
        Optional<PricedChoice> today = fromCatalog(choice, hardwareId);
        if (choice.terms() == null) {
            return today;
        }
        BasisSpec pinned = choice.terms().spec();
        return Optional.of(PinnedChoice.of(choice, (HourlyBasis) pinned.basis(), pinned, today));
    }

    /** Today's values of a default or deal choice, to carry in a link; empty for a stated price or none. */
    Optional<PinnedTerms> pin(CostChoice choice, String hardwareId) {
        if (choice.kind() == CostChoice.Kind.ON_DEMAND || choice.terms() != null || hardwareId == null) {
            return Optional.empty();
        }
        String pricedHardware = choice.kind() == CostChoice.Kind.DEAL
                ? knownDeal(choice.dealId()).map(DealTemplate::hardwareId).orElse(null) : hardwareId;
        return pricedHardware == null ? Optional.empty()
                : fromCatalog(choice, hardwareId).map(p -> PinnedTerms.of(pricedHardware, p));
    }

    String whyNone(String hardwareId) {
        if (!catalog.hardwareIds().contains(hardwareId)) {
            return "No built-in price for " + hardwareId + " (user-defined hardware): choose an on-demand price.";
        }
        return "No default cost basis for " + hardwareId + ": " + String.join(" ", catalog.priceGaps(hardwareId))
                + " Choose a deal or an on-demand price.";
    }

    private Optional<PricedChoice> fromCatalog(CostChoice choice, String hardwareId) {
        return switch (choice.kind()) {
            case ON_DEMAND -> Optional.of(new PricedChoice(
                    "on-demand at " + choice.usdPerChipHour() + " USD/chip-hour (stated)",
                    new OnDemand(choice.usdPerChipHour()), Map.of(), Map.of("usdPerChipHour", Provenance.INPUT),
                    List.of(), "A price you stated: no spread is applied."));
            case DEAL -> knownDeal(choice.dealId()).map(BasisResolver::ofDeal);
            case DEFAULT -> catalog.hardwareIds().contains(hardwareId)
                    ? catalog.defaultBasis(hardwareId).map(BasisResolver::ofDefault) : Optional.empty();
        };
    }

    /** A template may have been withdrawn since a link pinned it: that is not an error here. */
    private Optional<DealTemplate> knownDeal(String id) {
        return catalog.deals().stream().filter(t -> t.id().equals(id)).findFirst();
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
