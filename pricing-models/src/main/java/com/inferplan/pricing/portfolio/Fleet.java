package com.inferplan.pricing.portfolio;

import java.util.ArrayList;
import java.util.List;

/**
 * A validated problem with its lookups precomputed once: the pool and tier of each capacity pair,
 * each pool's vendor index, and which pools a power cap shuts out (unknown power).
 */
final class Fleet {

    final PortfolioProblem problem;
    final int[] capacityPool;
    final int[] capacityTier;
    final List<String> vendors;
    final int[] poolVendor;
    final boolean[] unknownPowerUnderCap;

    Fleet(PortfolioProblem problem) {
        this.problem = problem;
        int pairs = problem.capacities().size();
        capacityPool = new int[pairs];
        capacityTier = new int[pairs];
        for (int c = 0; c < pairs; c++) {
            capacityPool[c] = problem.poolIndex(problem.capacities().get(c).pool());
            capacityTier[c] = problem.tierIndex(problem.capacities().get(c).tier());
        }
        List<String> names = new ArrayList<>();
        int pools = problem.pools().size();
        poolVendor = new int[pools];
        unknownPowerUnderCap = new boolean[pools];
        boolean capped = problem.constraints().powerCapMegawatts() != null;
        for (int p = 0; p < pools; p++) {
            Pool pool = problem.pools().get(p);
            if (!names.contains(pool.vendor())) {
                names.add(pool.vendor());
            }
            poolVendor[p] = names.indexOf(pool.vendor());
            unknownPowerUnderCap[p] = capped && pool.kwPerUnit() == null;
        }
        vendors = List.copyOf(names);
    }

    Pool pool(int p) {
        return problem.pools().get(p);
    }

    Tier tier(int t) {
        return problem.tiers().get(t);
    }

    Capacity capacity(int c) {
        return problem.capacities().get(c);
    }

    int pools() {
        return problem.pools().size();
    }

    int tiers() {
        return problem.tiers().size();
    }

    int pairs() {
        return problem.capacities().size();
    }

    Constraints constraints() {
        return problem.constraints();
    }
}
