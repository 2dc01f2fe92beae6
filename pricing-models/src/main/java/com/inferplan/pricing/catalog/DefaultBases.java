package com.inferplan.pricing.catalog;

import com.inferplan.pricing.basis.OnDemand;
import com.inferplan.pricing.basis.Owned;
import com.inferplan.pricing.explain.Provenance;
import com.inferplan.pricing.uncertainty.Distribution;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds the default on-demand or owned basis of a hardware id from the catalog's prices and assumptions. */
final class DefaultBases {

    private DefaultBases() {
    }

    static DefaultBasis onDemand(String hardwareId, CloudPrice price, String why) {
        Map<String, Distribution> uncertainty = new HashMap<>();
        if (price.isRange()) {
            uncertainty.put("usdPerChipHour", new Distribution.Uniform(price.usdPerChipHourLow(),
                    price.usdPerChipHourHigh()));
        }
        Provenance status = price.isRange() ? Provenance.DERIVED : price.source().status();
        String rationale = why + (price.isRange() ? " Midpoint of " + price.usdPerChipHourLow() + "-"
                + price.usdPerChipHourHigh() + " USD/chip-hour; the range is kept as a uniform distribution." : "");
        return new DefaultBasis(hardwareId, new OnDemand(price.usdPerChipHour()), rationale, List.of(price.source()),
                Map.of("usdPerChipHour", status), uncertainty);
    }

    static DefaultBasis owned(String hardwareId, PurchasePrice purchase, AssumedValue watts, OwnedAssumptions a,
                              String why) {
        Owned owned = new Owned(new Owned.Purchase(purchase.usd(), purchase.chipsPerUnit()),
                new Owned.CapitalRecovery(a.depreciationYears().base(), a.residualValueFraction().base(),
                        a.costOfCapitalAnnual().base()),
                new Owned.Power(watts.base(), a.pue().base(), a.usdPerKwh().base(), a.facilityUsdPerKwMonth().base()),
                new Owned.Operations(a.maintenanceFractionPerYear().base(), a.staffUsdPerChipYear().base()));
        Map<String, AssumedValue> byName = new HashMap<>(Map.of("wattsPerChip", watts, "pue", a.pue(),
                "usdPerKwh", a.usdPerKwh(), "facilityUsdPerKwMonth", a.facilityUsdPerKwMonth(),
                "depreciationYears", a.depreciationYears(), "residualValueFraction", a.residualValueFraction(),
                "costOfCapitalAnnual", a.costOfCapitalAnnual(),
                "maintenanceFractionPerYear", a.maintenanceFractionPerYear(),
                "staffUsdPerChipYear", a.staffUsdPerChipYear()));
        Map<String, Provenance> provenance = new HashMap<>();
        Map<String, Distribution> uncertainty = new HashMap<>();
        byName.forEach((name, value) -> {
            provenance.put(name, value.source().status());
            if (!value.distribution().isFixed()) {
                uncertainty.put(name, value.distribution());
            }
        });
        provenance.put("purchaseUsd", purchase.source().status());
        if (purchase.isRange()) {
            uncertainty.put("purchaseUsd", new Distribution.Uniform(purchase.usdLow(), purchase.usdHigh()));
        }
        String rationale = why + (purchase.isRange() ? " Purchase price is the midpoint of " + purchase.usdLow() + "-"
                + purchase.usdHigh() + " USD; the range is kept as a uniform distribution." : "");
        return new DefaultBasis(hardwareId, owned, rationale, List.of(purchase.source(), watts.source()), provenance,
                uncertainty);
    }
}
