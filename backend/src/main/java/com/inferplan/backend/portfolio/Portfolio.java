package com.inferplan.backend.portfolio;

import java.util.List;

/**
 * An architect's fleet question: the workload tiers to serve, the pools of silicon that may serve them
 * and the limits the mix must keep. It is the saved state, the REST body and (deflated) the share link.
 *
 * @param planMonth the month the fleet must be serving ("2027-01"); pools available later are left out.
 *                  Null: this month.
 */
public record Portfolio(List<PortfolioTier> tiers, List<PortfolioPool> pools, PortfolioConstraints constraints,
                        String planMonth) {

    public Portfolio {
        tiers = tiers == null ? List.of() : List.copyOf(tiers);
        pools = pools == null ? List.of() : List.copyOf(pools);
        constraints = constraints == null ? PortfolioConstraints.NONE : constraints;
    }

    public Portfolio withConstraints(PortfolioConstraints c) {
        return new Portfolio(tiers, pools, c, planMonth);
    }

    public Portfolio withTiers(List<PortfolioTier> list) {
        return new Portfolio(list, pools, constraints, planMonth);
    }

    public Portfolio withPools(List<PortfolioPool> list) {
        return new Portfolio(tiers, list, constraints, planMonth);
    }
}
