package com.inferplan.pricing.catalog;

import java.util.Set;

/**
 * Load-time checks: every hardware id has either prices or a stated gap in each file, ids in the
 * files are known, defaults resolve, and deal templates build valid deals.
 */
final class CatalogConsistency {

    private CatalogConsistency() {
    }

    static void check(PricingCatalog catalog) {
        Set<String> ids = catalog.hardwareIds();
        CatalogFiles.CloudPrices cloud = catalog.cloudFile();
        CatalogFiles.PurchasePrices purchase = catalog.purchaseFile();
        CatalogFiles.Assumptions assumptions = catalog.assumptionsFile();
        cloud.prices().forEach(p -> requireKnown(ids, p.hardwareId(), "cloud-prices.json " + p.id()));
        purchase.prices().forEach(p -> requireKnown(ids, p.hardwareId(), "purchase-prices.json " + p.id()));
        assumptions.power().keySet().forEach(id -> requireKnown(ids, id, "assumptions.json power"));
        for (String id : ids) {
            requireCovered(id, cloud.prices().stream().anyMatch(p -> p.hardwareId().equals(id)),
                    cloud.noPrice().containsKey(id), "cloud-prices.json");
            requireCovered(id, purchase.prices().stream().anyMatch(p -> p.hardwareId().equals(id)),
                    purchase.noPrice().containsKey(id), "purchase-prices.json");
            requireCovered(id, assumptions.power().containsKey(id), assumptions.noPower().containsKey(id),
                    "assumptions.json power");
            catalog.defaultBasis(id);
        }
        for (DealTemplate template : catalog.deals()) {
            requireKnown(ids, template.hardwareId(), "deals.json " + template.id());
            template.validate();
        }
    }

    private static void requireKnown(Set<String> ids, String id, String where) {
        if (!ids.contains(id)) {
            throw new PricingDataException(where, "unknown hardware id " + id);
        }
    }

    /** Exactly one of "has data" and "states why not" must hold. */
    private static void requireCovered(String id, boolean hasData, boolean statesGap, String file) {
        if (hasData == statesGap) {
            throw new PricingDataException(file, id + (hasData ? " has data and also a 'no price' note"
                    : " has neither data nor a note saying why not"));
        }
    }
}
