package com.inferplan.pricing.portfolio;

import java.util.List;

/**
 * Units of one pool in the plan (every pool of the problem is listed, unused ones with 0 units).
 * usdPerMonth includes the take-or-pay commitment; idleCommittedUnits = committed units not in use.
 */
public record PoolPlan(String pool, String vendor, int units, double usdPerMonth, double idleCommittedUnits,
                       List<Allocation> allocations) {

    public PoolPlan {
        allocations = List.copyOf(allocations);
    }
}
