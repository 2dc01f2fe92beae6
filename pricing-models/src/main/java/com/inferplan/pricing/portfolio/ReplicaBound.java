package com.inferplan.pricing.portfolio;

/**
 * An upper bound on the replicas of one pair that never cuts off a cheapest plan, to keep the
 * branch-and-bound tree small: more replicas than would carry the whole tier alone are never needed
 * (units, not replicas, are what cost money, and units can be added without replicas), and no more
 * than fit in the pool's maximum units.
 */
final class ReplicaBound {

    private ReplicaBound() {
    }

    static long of(Fleet fleet, int c) {
        Capacity capacity = fleet.capacity(c);
        Pool pool = fleet.pool(fleet.capacityPool[c]);
        if (fleet.unknownPowerUnderCap[fleet.capacityPool[c]]) {
            return 0;
        }
        double peak = fleet.tier(fleet.capacityTier[c]).peakTokensPerSecond();
        long alone = (long) Math.ceil(peak / capacity.tokensPerSecondPerReplica() - 1e-9);
        if (pool.maxUnits() == null) {
            return alone;
        }
        long fit = (long) Math.floor(pool.maxUnits() / capacity.unitsPerReplica() + 1e-9);
        return Math.min(alone, fit);
    }
}
