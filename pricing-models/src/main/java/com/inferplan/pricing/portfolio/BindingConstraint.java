package com.inferplan.pricing.portfolio;

/**
 * A constraint that is tight at the optimum or whose removal lowers it, and what it costs:
 * usdPerMonth = optimum with it − optimum without it (re-solved with that constraint removed), so
 * it is never negative. constraint is a stable key (e.g. "maxVendorSpendShare", "pools[cs3].maxUnits").
 */
public record BindingConstraint(String constraint, String description, double usdPerMonth) {
}
