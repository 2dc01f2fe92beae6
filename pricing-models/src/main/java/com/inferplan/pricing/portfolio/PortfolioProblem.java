package com.inferplan.pricing.portfolio;

import java.util.List;

/**
 * A fleet question: which whole units of which pools serve which tiers at the lowest monthly cost.
 * Checked by {@link PortfolioValidation} when optimised (so field errors can name list positions).
 */
public record PortfolioProblem(List<Tier> tiers, List<Pool> pools, List<Capacity> capacities,
                               Constraints constraints) {

    public PortfolioProblem {
        tiers = tiers == null ? List.of() : List.copyOf(tiers);
        pools = pools == null ? List.of() : List.copyOf(pools);
        capacities = capacities == null ? List.of() : List.copyOf(capacities);
        constraints = constraints == null ? Constraints.none() : constraints;
    }

    public PortfolioProblem withConstraints(Constraints changed) {
        return new PortfolioProblem(tiers, pools, capacities, changed);
    }

    public PortfolioProblem withPools(List<Pool> changed) {
        return new PortfolioProblem(tiers, changed, capacities, constraints);
    }

    public PortfolioProblem withTiers(List<Tier> changed) {
        return new PortfolioProblem(changed, pools, capacities, constraints);
    }

    public int tierIndex(String id) {
        for (int t = 0; t < tiers.size(); t++) {
            if (tiers.get(t).id().equals(id)) {
                return t;
            }
        }
        return -1;
    }

    public int poolIndex(String id) {
        for (int p = 0; p < pools.size(); p++) {
            if (pools.get(p).id().equals(id)) {
                return p;
            }
        }
        return -1;
    }
}
