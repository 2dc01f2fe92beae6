package com.inferplan.pricing.portfolio;

import java.util.Optional;

/**
 * A first whole-number plan from the relaxation: each pair's replicas rounded up (so demand stays
 * met and every vendor the relaxation uses keeps a replica), rounded down instead on a pool that
 * rounding up would push past its maximum, then topped up by {@link GreedyFill}; if that breaks a
 * limit, everything rounded down and topped up by cost, then (a tight power cap) by power. Units follow the replicas; the plan is trimmed and
 * checked. Used as ojAlgo's objective cut-off and returned when the search cannot beat it in time;
 * empty when both roundings break a limit (e.g. a share cap or the budget).
 */
final class RoundedPlan {

    /** An LP value within this of an integer is that integer (the simplex leaves 2.9999999997). */
    private static final double INTEGRAL = 1e-6;

    private RoundedPlan() {
    }

    static Optional<FleetSolution> of(Fleet f, Relaxation lp) {
        Optional<FleetSolution> up = checked(f, lp, rounded(f, lp.replicas(), true, false));
        if (up.isPresent()) {
            return up;
        }
        Optional<FleetSolution> down = checked(f, lp, rounded(f, lp.replicas(), false, false));
        return down.isPresent() || f.constraints().powerCapMegawatts() == null ? down
                : checked(f, lp, rounded(f, lp.replicas(), false, true));
    }

    private static int[] rounded(Fleet f, double[] fractional, boolean up, boolean byPower) {
        int[] replicas = new int[f.pairs()];
        double[] used = new double[f.pools()];
        for (int c = 0; c < f.pairs(); c++) {
            double x = Math.max(0, fractional[c]);
            replicas[c] = up ? (int) Math.ceil(x - INTEGRAL) : (int) Math.floor(x + INTEGRAL);
            used[f.capacityPool[c]] += replicas[c] * f.capacity(c).unitsPerReplica();
        }
        for (int c = 0; c < f.pairs(); c++) {
            Integer max = f.pool(f.capacityPool[c]).maxUnits();
            if (max != null && GreedyFill.units(f, f.capacityPool[c], used[f.capacityPool[c]]) > max) {
                replicas[c] = (int) Math.floor(Math.max(0, fractional[c]) + INTEGRAL);
            }
        }
        return GreedyFill.fill(f, replicas, byPower) ? replicas : null;
    }

    private static Optional<FleetSolution> checked(Fleet f, Relaxation lp, int[] replicas) {
        if (replicas == null) {
            return Optional.empty();
        }
        double[] used = new double[f.pools()];
        for (int c = 0; c < f.pairs(); c++) {
            used[f.capacityPool[c]] += replicas[c] * f.capacity(c).unitsPerReplica();
        }
        int[] units = new int[f.pools()];
        for (int p = 0; p < f.pools(); p++) {
            units[p] = GreedyFill.units(f, p, used[p]);
        }
        FleetSolution plan = new FleetSolution(units, replicas, false, lp.boundUsdPerMonth());
        if (!PlanCheck.violations(f, plan).isEmpty()) {
            return Optional.empty();
        }
        FleetSolution trimmed = PlanTrim.trim(f, plan);
        return PlanCheck.violations(f, trimmed).isEmpty() ? Optional.of(trimmed) : Optional.empty();
    }
}
