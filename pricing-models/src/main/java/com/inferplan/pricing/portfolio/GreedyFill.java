package com.inferplan.pricing.portfolio;

/**
 * Tops up a whole-number mix of replicas until every tier's peak is met: one replica at a time on the
 * pair whose extra units cost least per token it adds (space left in a unit already counted, and
 * committed units, are free), never past a pool's maximum or the power cap. A repair for rounding,
 * not a solver: the plan it helps build is a cut-off for ojAlgo, which does the optimising.
 */
final class GreedyFill {

    private GreedyFill() {
    }

    /** Fills {@code replicas} in place; false when some tier cannot be met within the limits. */
    static boolean fill(Fleet f, int[] replicas, boolean byPower) {
        double[] used = new double[f.pools()];
        for (int c = 0; c < f.pairs(); c++) {
            used[f.capacityPool[c]] += replicas[c] * f.capacity(c).unitsPerReplica();
        }
        double mw = 0;
        for (int p = 0; p < f.pools(); p++) {
            mw += f.pool(p).megawatts(units(f, p, used[p]));
        }
        for (int t = 0; t < f.tiers(); t++) {
            double deficit = f.tier(t).peakTokensPerSecond() * (1 - 1e-9);
            for (int c = 0; c < f.pairs(); c++) {
                deficit -= f.capacityTier[c] == t ? replicas[c] * f.capacity(c).tokensPerSecondPerReplica() : 0;
            }
            while (deficit > 0) {
                int best = cheapestNext(f, t, used, mw, deficit, byPower);
                if (best < 0) {
                    return false;
                }
                int p = f.capacityPool[best];
                int before = units(f, p, used[p]);
                used[p] += f.capacity(best).unitsPerReplica();
                mw += f.pool(p).megawatts(units(f, p, used[p]) - before);
                replicas[best]++;
                deficit -= f.capacity(best).tokensPerSecondPerReplica();
            }
        }
        return true;
    }

    private static int cheapestNext(Fleet f, int t, double[] used, double mw, double deficit, boolean byPower) {
        Double cap = f.constraints().powerCapMegawatts();
        int best = -1;
        double bestUsdPerToken = Double.MAX_VALUE;
        for (int c = 0; c < f.pairs(); c++) {
            int p = f.capacityPool[c];
            if (f.capacityTier[c] != t || f.unknownPowerUnderCap[p]) {
                continue;
            }
            Pool pool = f.pool(p);
            int before = units(f, p, used[p]);
            int after = units(f, p, used[p] + f.capacity(c).unitsPerReplica());
            if ((pool.maxUnits() != null && after > pool.maxUnits())
                    || (cap != null && mw + pool.megawatts(after - before) > cap * (1 + 1e-9))) {
                continue;
            }
            double added = byPower ? pool.megawatts(after - before) : pool.usdPerMonth(after) - pool.usdPerMonth(before);
            double perToken = added / Math.min(deficit, f.capacity(c).tokensPerSecondPerReplica());
            if (perToken < bestUsdPerToken) {
                best = c;
                bestUsdPerToken = perToken;
            }
        }
        return best;
    }

    /** Whole units replicas occupying {@code used} units need, at least the pool's minimum. */
    static int units(Fleet f, int p, double used) {
        return Math.max(f.pool(p).minUnits(), (int) Math.ceil(used - 1e-9));
    }
}
