package com.inferplan.backend.pricing;

import com.inferplan.pricing.catalog.DealScope;
import com.inferplan.pricing.catalog.DealTemplate;
import com.inferplan.pricing.catalog.DefaultBasis;
import com.inferplan.pricing.catalog.PricingCatalog;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** The pricing catalog's default bases and deal templates as bases people can price, compare and copy. */
final class BuiltInBases {

    private final PricingCatalog catalog;
    private final UnaryOperator<String> hardwareName;

    BuiltInBases(PricingCatalog catalog, UnaryOperator<String> hardwareName) {
        this.catalog = catalog;
        this.hardwareName = hardwareName;
    }

    List<PricedBasis> defaults() {
        return catalog.hardwareIds().stream().sorted()
                .flatMap(id -> catalog.defaultBasis(id).stream()).map(this::ofDefault).toList();
    }

    List<PricedBasis> deals() {
        return catalog.deals().stream().map(this::ofDeal).toList();
    }

    Optional<PricedBasis> find(BasisRef ref) {
        return switch (ref.origin()) {
            case BUILT_IN_DEFAULT -> catalog.hardwareIds().contains(ref.id())
                    ? catalog.defaultBasis(ref.id()).map(this::ofDefault) : Optional.empty();
            case DEAL_TEMPLATE -> catalog.deals().stream().filter(t -> t.id().equals(ref.id())).findFirst()
                    .map(this::ofDeal);
            case SAVED -> Optional.empty();
        };
    }

    private PricedBasis ofDefault(DefaultBasis d) {
        BasisSpec spec = new BasisSpec(d.basis(), d.uncertainty(), d.parameterProvenance());
        return new PricedBasis(new BasisRef(BasisRef.Origin.BUILT_IN_DEFAULT, d.hardwareId()),
                hardwareName.apply(d.hardwareId()) + " · " + d.basis().kind() + " (default)", d.hardwareId(), spec,
                d.sources(), d.rationale());
    }

    private PricedBasis ofDeal(DealTemplate t) {
        BasisSpec spec = new BasisSpec(t.deal(), t.uncertainty(), t.provenance());
        return new PricedBasis(new BasisRef(BasisRef.Origin.DEAL_TEMPLATE, t.id()),
                t.buyer() + "–" + t.supplier() + " deal", t.hardwareId(), spec, t.sources(),
                t.hardwareNote() + " " + scopeNote(t.scope()));
    }

    static String scopeNote(DealScope scope) {
        return switch (scope) {
            case CAPACITY_SERVICE -> "Compute bought as a service: power, facility and operations included.";
            case CLOUD_COMMITMENT -> "Cloud capacity under a spending commitment: all-in like on-demand.";
            case HARDWARE_PURCHASE -> "A hardware purchase: power, facility and operations are extra, so this"
                    + " rate is not comparable with all-in rental prices.";
        };
    }
}
