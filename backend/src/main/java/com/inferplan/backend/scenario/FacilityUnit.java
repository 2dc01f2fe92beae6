package com.inferplan.backend.scenario;

import com.inferplan.catalog.Accelerator;
import com.inferplan.catalog.DeployableUnit;
import com.inferplan.pricing.basis.HardwareUnit;
import com.inferplan.pricing.basis.Owned;
import com.inferplan.pricing.catalog.AssumedValue;
import com.inferplan.pricing.basis.PartnerDeal;
import com.inferplan.pricing.catalog.DealTemplate;
import com.inferplan.pricing.catalog.PricingCatalog;
import com.inferplan.pricing.explain.Provenance;
import java.util.Optional;

/**
 * What the chips are counted and powered in: a deal's own unit and PUE (its terms), otherwise the
 * unit the chips are bought in (one chip when rented) with the pricing catalog's all-in watts per chip
 * (host and network share included) and the owned-facility PUE assumption. Empty power where no
 * figure exists: units are still counted, megawatts are not invented.
 */
record FacilityUnit(String name, int chipsPerUnit, Double kwPerUnit, Provenance kwStatus, double pue,
                    Provenance pueStatus) {

    /** The unit of rented chips and of hardware bought one chip at a time. */
    static final String CHIP = "chip";

    static FacilityUnit of(CostChoice choice, PricedChoice priced, Accelerator hardware, PricingCatalog catalog) {
        if (choice.kind() == CostChoice.Kind.DEAL && priced != null && priced.basis() instanceof PartnerDeal deal) {
            // The deal's own unit and PUE: the template's today, or the terms a link carries.
            HardwareUnit u = deal.capacity().unit();
            return new FacilityUnit(u.name(), u.chipsPerUnit(), u.kwPerUnit(), priced.provenance().get("kwPerUnit"),
                    deal.capacity().pue(), priced.provenance().get("pue"));
        }
        if (choice.kind() == CostChoice.Kind.DEAL) {
            DealTemplate t = catalog.deal(choice.dealId());
            return new FacilityUnit(t.unit().name(), t.unit().chipsPerUnit(), t.unit().kwPerUnit(),
                    t.parameters().get("kwPerUnit").status(), t.pue(), t.parameters().get("pue").status());
        }
        int chips = priced != null && priced.basis() instanceof Owned owned ? owned.purchase().chipsPerUnit() : 1;
        AssumedValue pue = catalog.ownedAssumptions().pue();
        Optional<Watts> watts = watts(hardware, catalog);
        return new FacilityUnit(unitName(hardware, chips), chips, watts.map(w -> w.perChip() * chips / 1000).orElse(null),
                watts.map(Watts::status).orElse(null), pue.base(), pue.source().status());
    }

    /**
     * The chips of a replica whose pools are different silicon, counted one by one and powered at their
     * chip-weighted watts (no power figure when either chip has none); the owned-facility PUE.
     */
    static FacilityUnit pooled(Accelerator decode, int decodeChips, Accelerator prefill, int prefillChips,
                               PricingCatalog catalog) {
        AssumedValue pue = catalog.ownedAssumptions().pue();
        Optional<Watts> d = watts(decode, catalog);
        Optional<Watts> p = watts(prefill, catalog);
        if (d.isEmpty() || p.isEmpty()) {
            return new FacilityUnit(CHIP, 1, null, null, pue.base(), pue.source().status());
        }
        double wattsPerChip = (decodeChips * d.get().perChip() + prefillChips * p.get().perChip())
                / (decodeChips + prefillChips);
        Provenance status = d.get().status() == p.get().status() ? d.get().status() : Provenance.DERIVED;
        return new FacilityUnit(CHIP, 1, wattsPerChip / 1000, status, pue.base(), pue.source().status());
    }

    Optional<HardwareUnit> hardwareUnit() {
        return kwPerUnit == null ? Optional.empty() : Optional.of(new HardwareUnit(name, chipsPerUnit, kwPerUnit));
    }

    long unitsFor(long chips) {
        return (chips + chipsPerUnit - 1) / chipsPerUnit;
    }

    private record Watts(double perChip, Provenance status) {
    }

    private static Optional<Watts> watts(Accelerator hardware, PricingCatalog catalog) {
        if (catalog.hardwareIds().contains(hardware.id())) {
            Optional<AssumedValue> allIn = catalog.wattsPerChip(hardware.id());
            if (allIn.isPresent()) {
                return Optional.of(new Watts(allIn.get().base(), allIn.get().source().status()));
            }
        }
        // Without the pricing catalog's all-in figure, the hardware catalog's system or chip power, as derived.
        var figure = hardware.systemPowerPerChipWatts() != null ? hardware.systemPowerPerChipWatts()
                : hardware.chipPowerWatts();
        return figure == null || figure.value() <= 0 ? Optional.empty()
                : Optional.of(new Watts(figure.value(), Provenance.DERIVED));
    }

    private static String unitName(Accelerator hardware, int chips) {
        if (chips == 1) {
            return CHIP;
        }
        return hardware.units().stream().filter(u -> u.chips() == chips).map(DeployableUnit::name).findFirst()
                .orElse(chips + "-chip system");
    }
}
