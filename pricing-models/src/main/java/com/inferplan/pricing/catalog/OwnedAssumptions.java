package com.inferplan.pricing.catalog;

/** Defaults for running owned hardware, each with its range and source. */
public record OwnedAssumptions(AssumedValue pue, AssumedValue usdPerKwh, AssumedValue facilityUsdPerKwMonth,
                               AssumedValue depreciationYears, AssumedValue residualValueFraction,
                               AssumedValue costOfCapitalAnnual, AssumedValue maintenanceFractionPerYear,
                               AssumedValue staffUsdPerChipYear) {
}
