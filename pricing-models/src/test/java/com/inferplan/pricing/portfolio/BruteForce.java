package com.inferplan.pricing.portfolio;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Test oracle, written without the optimiser's code: tries every whole number of replicas per pair
 * (0 .. what fits in the pool's maxUnits) and every unit count per pool (0 .. maxUnits), keeps the
 * cheapest mix that {@link MixRules} accepts. Needs every pool to have maxUnits.
 */
final class BruteForce {

    record Best(double usdPerMonth, double megawatts) {
    }

    private final PortfolioProblem problem;
    private final List<Capacity> pairs;
    private final int[] replicas;
    private final int[] units;
    private double bestUsd = Double.POSITIVE_INFINITY;
    private double bestMegawatts;

    private BruteForce(PortfolioProblem problem) {
        this.problem = problem;
        this.pairs = problem.capacities();
        this.replicas = new int[pairs.size()];
        this.units = new int[problem.pools().size()];
    }

    static Optional<Best> cheapest(PortfolioProblem problem) {
        BruteForce search = new BruteForce(problem);
        search.replicasFrom(0);
        return search.bestUsd == Double.POSITIVE_INFINITY ? Optional.empty()
                : Optional.of(new Best(search.bestUsd, search.bestMegawatts));
    }

    private void replicasFrom(int c) {
        if (c == pairs.size()) {
            if (MixRules.demandMet(problem, replicas)) {
                unitsFrom(0);
            }
            return;
        }
        Capacity pair = pairs.get(c);
        int max = (int) Math.floor(pool(pair.pool()).maxUnits() / pair.unitsPerReplica() + 1e-9);
        for (int r = 0; r <= max; r++) {
            replicas[c] = r;
            replicasFrom(c + 1);
        }
        replicas[c] = 0;
    }

    private void unitsFrom(int p) {
        if (p == units.length) {
            if (MixRules.feasible(problem, units, replicas)) {
                double usd = MixRules.usdPerMonth(problem, units);
                if (usd < bestUsd) {
                    bestUsd = usd;
                    bestMegawatts = MixRules.megawatts(problem, units);
                }
            }
            return;
        }
        for (int n = 0; n <= problem.pools().get(p).maxUnits(); n++) {
            units[p] = n;
            unitsFrom(p + 1);
        }
    }

    private Pool pool(String id) {
        return problem.pools().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    /** Replicas per pair of a plan, read back from its public allocations. */
    static int[] replicasOf(PortfolioProblem problem, PortfolioPlan plan) {
        Map<String, Integer> byPair = new HashMap<>();
        for (PoolPlan pool : plan.pools()) {
            pool.allocations().forEach(a -> byPair.put(pool.pool() + "/" + a.tier(), a.replicas()));
        }
        List<Integer> out = new ArrayList<>();
        problem.capacities().forEach(c -> out.add(byPair.getOrDefault(c.pool() + "/" + c.tier(), 0)));
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    static int[] unitsOf(PortfolioProblem problem, PortfolioPlan plan) {
        return problem.pools().stream().mapToInt(p -> plan.pool(p.id()).units()).toArray();
    }
}
