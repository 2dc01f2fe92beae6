package com.inferplan.pricing.portfolio;

import com.inferplan.pricing.PricingInputException;
import com.inferplan.pricing.Require;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a whole problem before it reaches the solver; every failure names the field by its JSON
 * path (e.g. {@code pools[2].maxUnits}), the value and the rule. Size limits keep one solve bounded.
 */
public final class PortfolioValidation {

    static final int MAX_POOLS = 100;
    static final int MAX_TIERS = 30;

    private PortfolioValidation() {
    }

    public static void check(PortfolioProblem problem) {
        checkSize("tiers", problem.tiers(), MAX_TIERS);
        checkSize("pools", problem.pools(), MAX_POOLS);
        Set<String> tierIds = new HashSet<>();
        for (int i = 0; i < problem.tiers().size(); i++) {
            checkTier("tiers[" + i + "]", problem.tiers().get(i), tierIds);
        }
        Set<String> poolIds = new HashSet<>();
        for (int i = 0; i < problem.pools().size(); i++) {
            PoolValidation.check("pools[" + i + "]", problem.pools().get(i), poolIds);
        }
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i < problem.capacities().size(); i++) {
            checkCapacity("capacities[" + i + "]", problem.capacities().get(i), poolIds, tierIds, pairs);
        }
        checkConstraints(problem.constraints());
    }

    private static void checkSize(String field, List<?> items, int max) {
        if (items.isEmpty()) {
            throw new PricingInputException(field, "[]", "needs at least one entry");
        }
        if (items.size() > max) {
            throw new PricingInputException(field, items.size() + " entries", "at most " + max + " are allowed");
        }
    }

    private static void checkTier(String at, Tier tier, Set<String> ids) {
        unique(at + ".id", Require.text(at + ".id", tier.id()), ids);
        Require.positive(at + ".peakTokensPerSecond", tier.peakTokensPerSecond());
        Require.positive(at + ".tokensPerMonth", tier.tokensPerMonth());
    }

    private static void checkCapacity(String at, Capacity capacity, Set<String> pools, Set<String> tiers,
                                      Set<String> pairs) {
        known(at + ".pool", Require.text(at + ".pool", capacity.pool()), pools, "pool");
        known(at + ".tier", Require.text(at + ".tier", capacity.tier()), tiers, "tier");
        if (!pairs.add(capacity.pool() + "\u0000" + capacity.tier())) {
            throw new PricingInputException(at, capacity.pool() + " → " + capacity.tier(),
                    "this pool and tier pair is given twice");
        }
        Require.positive(at + ".unitsPerReplica", capacity.unitsPerReplica());
        Require.positive(at + ".tokensPerSecondPerReplica", capacity.tokensPerSecondPerReplica());
    }

    private static void checkConstraints(Constraints c) {
        if (c.powerCapMegawatts() != null) {
            Require.positive("constraints.powerCapMegawatts", c.powerCapMegawatts());
        }
        if (c.maxVendorSpendShare() != null) {
            Require.shareCap("constraints.maxVendorSpendShare", c.maxVendorSpendShare());
        }
        if (c.maxVendorUnitShare() != null) {
            Require.shareCap("constraints.maxVendorUnitShare", c.maxVendorUnitShare());
        }
        if (c.minVendors() != null) {
            Require.positive("constraints.minVendors", c.minVendors());
        }
        if (c.budgetUsdPerMonth() != null) {
            Require.positive("constraints.budgetUsdPerMonth", c.budgetUsdPerMonth());
        }
    }

    static void unique(String field, String id, Set<String> seen) {
        if (!seen.add(id)) {
            throw new PricingInputException(field, id, "id appears twice");
        }
    }

    private static void known(String field, String id, Set<String> ids, String what) {
        if (!ids.contains(id)) {
            throw new PricingInputException(field, id, "no " + what + " has this id");
        }
    }
}
