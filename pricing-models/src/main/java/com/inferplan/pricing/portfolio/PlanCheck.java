package com.inferplan.pricing.portfolio;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks a whole-number plan against every rule of the problem in plain arithmetic, independent of
 * the solver's tolerances: the optimiser only reports plans that pass, and trims plans with it.
 */
final class PlanCheck {

    /** Relative slack for rounding in sums of doubles (1 part in 10⁹). */
    private static final double SLACK = 1e-9;

    private PlanCheck() {
    }

    static List<String> violations(Fleet f, FleetSolution s) {
        List<String> found = new ArrayList<>();
        for (int p = 0; p < f.pools(); p++) {
            Pool pool = f.pool(p);
            int n = s.unitsOf(p);
            if (n < pool.minUnits() || (pool.maxUnits() != null && n > pool.maxUnits())) {
                found.add("pool " + pool.id() + ": " + n + " units outside its minimum and maximum");
            }
            if (n + SLACK * Math.max(1, n) < s.unitsUsed(f, p)) {
                found.add("pool " + pool.id() + ": replicas need more than its " + n + " units");
            }
            if (n > 0 && f.unknownPowerUnderCap[p]) {
                found.add("pool " + pool.id() + ": unknown power under a power cap");
            }
        }
        for (int t = 0; t < f.tiers(); t++) {
            double peak = f.tier(t).peakTokensPerSecond();
            if (s.tokensPerSecond(f, t) < peak * (1 - SLACK)) {
                found.add("tier " + f.tier(t).id() + ": demand not met");
            }
        }
        Constraints k = f.constraints();
        if (k.powerCapMegawatts() != null && s.megawatts(f) > k.powerCapMegawatts() * (1 + SLACK)) {
            found.add("power cap exceeded");
        }
        double total = s.usdPerMonth(f);
        if (k.budgetUsdPerMonth() != null && total > k.budgetUsdPerMonth() * (1 + SLACK)) {
            found.add("budget exceeded");
        }
        VendorFigures vendors = VendorFigures.of(f, s);
        if (k.maxVendorSpendShare() != null && vendors.maxSpendShare() > k.maxVendorSpendShare() + SLACK) {
            found.add("vendor spend share exceeded");
        }
        if (k.maxVendorUnitShare() != null && vendors.maxUnitShare() > k.maxVendorUnitShare() + SLACK) {
            found.add("vendor unit share exceeded");
        }
        if (k.minVendors() != null && vendors.serving() < k.minVendors()) {
            found.add("fewer vendors serving than the minimum");
        }
        return found;
    }
}
