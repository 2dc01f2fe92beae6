package com.inferplan.pricing.portfolio;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a checked whole-number plan into the answer: every pool with its units, cost, idle committed
 * units and allocations; tier costs; megawatts; vendor spend shares. Peak demand of a tier is routed
 * in proportion to each replica's capacity, so all its pools run it at the same utilization.
 */
final class PlanReport {

    private PlanReport() {
    }

    static PortfolioPlan of(Fleet f, FleetSolution s, List<String> notes) {
        List<PoolPlan> pools = new ArrayList<>();
        for (int p = 0; p < f.pools(); p++) {
            Pool pool = f.pool(p);
            double idle = Math.max(0, pool.committedUnits() - s.unitsUsed(f, p));
            pools.add(new PoolPlan(pool.id(), pool.vendor(), s.unitsOf(p), pool.usdPerMonth(s.unitsOf(p)), idle,
                    allocations(f, s, p)));
        }
        double total = s.usdPerMonth(f);
        double tokensPerMonth = f.problem.tiers().stream().mapToDouble(Tier::tokensPerMonth).sum();
        return new PortfolioPlan(true, total, pools, CostAttribution.tiers(f, s), s.megawatts(f),
                VendorFigures.of(f, s).spendShares(), List.of(), List.of(), total / tokensPerMonth * 1e6, notes);
    }

    private static List<Allocation> allocations(Fleet f, FleetSolution s, int p) {
        List<Allocation> allocations = new ArrayList<>();
        for (int c = 0; c < f.pairs(); c++) {
            if (f.capacityPool[c] != p || s.replicasOf(c) == 0) {
                continue;
            }
            int t = f.capacityTier[c];
            double capacity = s.tokensPerSecond(f, t);
            double here = s.replicasOf(c) * f.capacity(c).tokensPerSecondPerReplica();
            allocations.add(new Allocation(f.tier(t).id(), s.replicasOf(c), here / capacity,
                    f.tier(t).peakTokensPerSecond() / capacity));
        }
        return allocations;
    }
}
