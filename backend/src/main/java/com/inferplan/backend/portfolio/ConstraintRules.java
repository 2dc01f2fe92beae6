package com.inferplan.backend.portfolio;

/** Bounds on a portfolio's limits: each must be one a real fleet could have. */
record ConstraintRules(PortfolioValidator.Check check) {

    static final double MAX_MEGAWATTS = 100_000;
    static final int MAX_VENDORS = 20;
    static final double MAX_BUDGET = 1e12;

    void check(PortfolioConstraints c) {
        if (c.powerCapMegawatts() != null) {
            check.check(c.powerCapMegawatts() > 0 && c.powerCapMegawatts() <= MAX_MEGAWATTS,
                    "constraints.powerCapMegawatts", c.powerCapMegawatts(), "must be above 0 and at most " + MAX_MEGAWATTS);
        }
        share("constraints.maxVendorSpendShare", c.maxVendorSpendShare());
        share("constraints.maxVendorUnitShare", c.maxVendorUnitShare());
        if (c.minVendors() != null) {
            check.check(c.minVendors() >= 1 && c.minVendors() <= MAX_VENDORS, "constraints.minVendors", c.minVendors(),
                    "must be between 1 and " + MAX_VENDORS);
        }
        if (c.budgetUsdPerMonth() != null) {
            check.check(c.budgetUsdPerMonth() > 0 && c.budgetUsdPerMonth() <= MAX_BUDGET,
                    "constraints.budgetUsdPerMonth", c.budgetUsdPerMonth(), "must be above 0 and at most " + MAX_BUDGET);
        }
    }

    private void share(String field, Double value) {
        if (value != null) {
            check.check(value > 0 && value <= 1, field, value, "must be a share above 0 and at most 1 (e.g. 0.6 = 60%)");
        }
    }
}
