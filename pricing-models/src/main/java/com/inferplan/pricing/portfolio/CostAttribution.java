package com.inferplan.pricing.portfolio;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits each pool's monthly cost over the tiers it serves in proportion to the units their
 * replicas occupy, so idle committed units and the empty part of a shared unit follow the tiers
 * that use the pool. A pool that serves no tier (an unused take-or-pay commitment, units held for a
 * vendor share) is spread over all tiers in proportion to their tokens per month. The tier costs
 * add up to the plan's total.
 */
final class CostAttribution {

    private CostAttribution() {
    }

    static List<TierPlan> tiers(Fleet f, FleetSolution s) {
        double[] usd = new double[f.tiers()];
        double unattributed = 0;
        for (int p = 0; p < f.pools(); p++) {
            double cost = f.pool(p).usdPerMonth(s.unitsOf(p));
            double used = s.unitsUsed(f, p);
            if (used <= 0) {
                unattributed += cost;
                continue;
            }
            for (int c = 0; c < f.pairs(); c++) {
                if (f.capacityPool[c] == p) {
                    usd[f.capacityTier[c]] += cost * f.capacity(c).unitsPerReplica() * s.replicasOf(c) / used;
                }
            }
        }
        double tokens = f.problem.tiers().stream().mapToDouble(Tier::tokensPerMonth).sum();
        List<TierPlan> plans = new ArrayList<>();
        for (int t = 0; t < f.tiers(); t++) {
            Tier tier = f.tier(t);
            double share = usd[t] + unattributed * tier.tokensPerMonth() / tokens;
            plans.add(new TierPlan(tier.id(), share, share / tier.tokensPerMonth() * 1e6));
        }
        return plans;
    }
}
