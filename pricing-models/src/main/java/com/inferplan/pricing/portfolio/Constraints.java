package com.inferplan.pricing.portfolio;

/** All optional (null = no constraint). maxVendorSpendShare/maxVendorUnitShare in (0,1]. */
public record Constraints(Double powerCapMegawatts, Double maxVendorSpendShare, Double maxVendorUnitShare,
                          Integer minVendors, Double budgetUsdPerMonth) {

    public static Constraints none() {
        return new Constraints(null, null, null, null, null);
    }

    public Constraints withPowerCapMegawatts(Double value) {
        return new Constraints(value, maxVendorSpendShare, maxVendorUnitShare, minVendors, budgetUsdPerMonth);
    }

    public Constraints withMaxVendorSpendShare(Double value) {
        return new Constraints(powerCapMegawatts, value, maxVendorUnitShare, minVendors, budgetUsdPerMonth);
    }

    public Constraints withMaxVendorUnitShare(Double value) {
        return new Constraints(powerCapMegawatts, maxVendorSpendShare, value, minVendors, budgetUsdPerMonth);
    }

    public Constraints withMinVendors(Integer value) {
        return new Constraints(powerCapMegawatts, maxVendorSpendShare, maxVendorUnitShare, value, budgetUsdPerMonth);
    }

    public Constraints withBudgetUsdPerMonth(Double value) {
        return new Constraints(powerCapMegawatts, maxVendorSpendShare, maxVendorUnitShare, minVendors, value);
    }
}
