package com.inferplan.backend.portfolio;

import com.inferplan.backend.scenario.CostChoice;
import java.util.List;

/**
 * Whole deployable units of one silicon, paid one way, that may serve some tiers.
 *
 * @param chipsPerReplica chips of one model replica; null lets the planner choose per tier
 * @param unitChips       chips per deployable unit; null: the deal's unit, else the catalog's first listed unit
 *                        (an HGX node, a CS-3 system, a trn2.48xlarge)
 * @param committedUnits  units contracted under a deal (its take-or-pay floor is paid whether used or not);
 *                        null or 0 for other bases
 * @param availableFrom   first month the units can serve ("2027-03"); null: now
 * @param serves          tier ids this pool may serve; empty: every tier
 * @param priceFactor     what-if multiplier on the basis's price (0.8 = 20% cheaper); null: 1
 */
public record PortfolioPool(String id, String name, String hardware, Integer chipsPerReplica, Integer unitChips,
                            CostChoice cost, Integer committedUnits, Integer minUnits, Integer maxUnits,
                            String availableFrom, List<String> serves, Double priceFactor) {

    public PortfolioPool {
        cost = cost == null ? CostChoice.DEFAULT : cost;
        serves = serves == null ? List.of() : List.copyOf(serves);
    }

    public boolean mayServe(String tierId) {
        return serves.isEmpty() || serves.contains(tierId);
    }

    public PortfolioPool withCost(CostChoice choice) {
        return new PortfolioPool(id, name, hardware, chipsPerReplica, unitChips, choice, committedUnits, minUnits,
                maxUnits, availableFrom, serves, priceFactor);
    }

    public PortfolioPool withMaxUnits(Integer max) {
        return new PortfolioPool(id, name, hardware, chipsPerReplica, unitChips, cost, committedUnits, minUnits, max,
                availableFrom, serves, priceFactor);
    }

    public PortfolioPool withPriceFactor(Double factor) {
        return new PortfolioPool(id, name, hardware, chipsPerReplica, unitChips, cost, committedUnits, minUnits, maxUnits,
                availableFrom, serves, factor);
    }

    public double priceMultiplier() {
        return priceFactor == null ? 1 : priceFactor;
    }
}
