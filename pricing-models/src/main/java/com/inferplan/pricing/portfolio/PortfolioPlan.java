package com.inferplan.pricing.portfolio;

import java.util.List;
import java.util.Map;

/**
 * The optimiser's answer. When {@code feasible} is false the plan lists no pools or tiers and
 * {@code infeasibility} says which tier cannot be met and why. Components after
 * {@code infeasibility}: {@code blendedUsdPerMillionTokens} (total ÷ all tiers' tokens per month ·
 * 1e6) and {@code notes} (pools left out for unknown power, a solve stopped at its time limit, ...).
 */
public record PortfolioPlan(boolean feasible, double totalUsdPerMonth, List<PoolPlan> pools,
                            List<TierPlan> tiers, double megawatts, Map<String, Double> vendorSpendShares,
                            List<BindingConstraint> bindingConstraints, List<String> infeasibility,
                            double blendedUsdPerMillionTokens, List<String> notes) {

    public PortfolioPlan {
        pools = List.copyOf(pools);
        tiers = List.copyOf(tiers);
        vendorSpendShares = Map.copyOf(vendorSpendShares);
        bindingConstraints = List.copyOf(bindingConstraints);
        infeasibility = List.copyOf(infeasibility);
        notes = List.copyOf(notes);
    }

    static PortfolioPlan infeasible(List<String> reasons, List<String> notes) {
        return new PortfolioPlan(false, 0, List.of(), List.of(), 0, Map.of(), List.of(), reasons, 0, notes);
    }

    PortfolioPlan withBindingConstraints(List<BindingConstraint> binding) {
        return new PortfolioPlan(feasible, totalUsdPerMonth, pools, tiers, megawatts, vendorSpendShares, binding,
                infeasibility, blendedUsdPerMillionTokens, notes);
    }

    public PoolPlan pool(String id) {
        return pools.stream().filter(p -> p.pool().equals(id)).findFirst().orElseThrow();
    }

    public TierPlan tier(String id) {
        return tiers.stream().filter(t -> t.tier().equals(id)).findFirst().orElseThrow();
    }
}
