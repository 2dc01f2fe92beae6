package com.inferplan.backend.portfolio;

import com.inferplan.pricing.portfolio.Capacity;
import com.inferplan.pricing.portfolio.Constraints;
import com.inferplan.pricing.portfolio.Pool;
import com.inferplan.pricing.portfolio.PortfolioProblem;
import com.inferplan.pricing.portfolio.Tier;
import java.util.List;
import java.util.Map;

/** The optimiser's problem from a portfolio, its priced units and its tier-on-pool capacities. */
final class ProblemBuilder {

    private ProblemBuilder() {
    }

    static PortfolioProblem of(Portfolio portfolio, Map<String, PoolUnit> units, List<TierOnPool> cells) {
        List<Tier> tiers = portfolio.tiers().stream()
                .map(t -> new Tier(t.id(), t.peakTokensPerSecond(), t.tokensPerMonth())).toList();
        List<Pool> pools = portfolio.pools().stream().filter(p -> units.containsKey(p.id()))
                .map(p -> pool(p, units.get(p.id()))).toList();
        List<Capacity> capacities = cells.stream().filter(TierOnPool::served)
                .map(c -> new Capacity(c.pool(), c.tier(), c.unitsPerReplica(), c.tokensPerSecondPerReplica())).toList();
        PortfolioConstraints c = portfolio.constraints();
        return new PortfolioProblem(tiers, pools, capacities, new Constraints(c.powerCapMegawatts(),
                c.maxVendorSpendShare(), c.maxVendorUnitShare(), c.minVendors(), c.budgetUsdPerMonth()));
    }

    private static Pool pool(PortfolioPool p, PoolUnit unit) {
        int min = p.minUnits() == null ? 0 : p.minUnits();
        Integer max = unit.maxUnits(p);
        int floor = max == null ? unit.paidFloorUnits() : Math.min(unit.paidFloorUnits(), max);
        return new Pool(p.id(), unit.vendor(), unit.usdPerUnitMonth(), unit.usdPerUnitMonthSpread(), floor, null,
                max == null ? min : Math.min(min, max), max, unit.kwPerUnit(), unit.pue());
    }
}
