package com.inferplan.pricing.portfolio;

/**
 * Whole units per pool (index as in the problem) and replicas per capacity pair (index as in
 * {@code problem.capacities()}). {@code provenOptimal} is false when the solver stopped at its time
 * limit with a feasible but unproven plan; {@code boundUsdPerMonth} is then the best known lower bound
 * on any plan's cost (the linear relaxation's optimum; 0 when none is known, which is also a bound).
 * Arrays are copied in and out, so the record stays immutable.
 */
record FleetSolution(int[] units, int[] replicas, boolean provenOptimal, double boundUsdPerMonth) {

    FleetSolution {
        units = units.clone();
        replicas = replicas.clone();
    }

    @Override
    public int[] units() {
        return units.clone();
    }

    @Override
    public int[] replicas() {
        return replicas.clone();
    }

    int unitsOf(int p) {
        return units[p];
    }

    int replicasOf(int c) {
        return replicas[c];
    }

    double usdPerMonth(Fleet fleet) {
        double total = 0;
        for (int p = 0; p < units.length; p++) {
            total += fleet.pool(p).usdPerMonth(units[p]);
        }
        return total;
    }

    double megawatts(Fleet fleet) {
        double total = 0;
        for (int p = 0; p < units.length; p++) {
            total += fleet.pool(p).megawatts(units[p]);
        }
        return total;
    }

    /** Units the replicas on pool {@code p} occupy (fractional when several replicas share a unit). */
    double unitsUsed(Fleet fleet, int p) {
        double used = 0;
        for (int c = 0; c < replicas.length; c++) {
            if (fleet.capacityPool[c] == p) {
                used += fleet.capacity(c).unitsPerReplica() * replicas[c];
            }
        }
        return used;
    }

    /** Tokens/s the replicas can serve for tier {@code t} at the SLO. */
    double tokensPerSecond(Fleet fleet, int t) {
        double served = 0;
        for (int c = 0; c < replicas.length; c++) {
            if (fleet.capacityTier[c] == t) {
                served += fleet.capacity(c).tokensPerSecondPerReplica() * replicas[c];
            }
        }
        return served;
    }

    FleetSolution withUnits(int p, int value) {
        int[] changed = units.clone();
        changed[p] = value;
        return new FleetSolution(changed, replicas, provenOptimal, boundUsdPerMonth);
    }

    FleetSolution withReplicas(int c, int value) {
        int[] changed = replicas.clone();
        changed[c] = value;
        return new FleetSolution(units, changed, provenOptimal, boundUsdPerMonth);
    }

    /** The same plan, proven cheapest or not, with the lower bound known for it. */
    FleetSolution withProof(boolean optimal, double bound) {
        return new FleetSolution(units, replicas, optimal, bound);
    }
}
