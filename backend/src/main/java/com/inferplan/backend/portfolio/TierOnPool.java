package com.inferplan.backend.portfolio;

import com.inferplan.backend.scenario.CandidateResult;
import com.inferplan.backend.scenario.FleetReplica;

/**
 * How one pool serves one tier: the explorer's layout and sizing of the tier's model on that pool as one
 * replica of a large fleet, so the load per replica is the highest the load simulation showed the tier's
 * SLO holding at, whatever the tier's demand (decision 0902). Demand what-ifs then re-optimise without
 * re-simulating.
 *
 * @param ttftP99Ms      client-side p99 at the simulated load per replica; null when not served
 * @param served        false when the pool cannot serve the tier (does not fit, misses the SLO, not routed)
 * @param unitsPerReplica units one replica occupies: below 1 when several replicas share a unit
 */
record TierOnPool(String pool, String tier, boolean served, String reason, int chipsPerReplica, String layout,
                  double unitsPerReplica, double tokensPerSecondPerReplica, Double ttftP99Ms, Double tpotP99Ms,
                  String sloExplanation) {

    static TierOnPool notServed(String pool, String tier, String reason) {
        return new TierOnPool(pool, tier, false, reason, 0, null, 0, 0, null, null, reason);
    }

    static TierOnPool of(String pool, PortfolioTier tier, FleetReplica replica, int chipsPerUnit) {
        CandidateResult result = replica.result();
        if (!result.fits()) {
            return notServed(pool, tier.id(), result.reason());
        }
        String slo = result.latency().slo().explanation();
        if (!result.meetsSlo()) {
            return notServed(pool, tier.id(), "misses the SLO at any fleet size: " + slo);
        }
        int chips = result.deployment().chipsPerReplica();
        return new TierOnPool(pool, tier.id(), true, null, chips, result.deployment().layout(),
                unitsPerReplica(chips, chipsPerUnit), replica.requestsPerSecondPerReplica() * tier.tokensPerRequest(),
                result.latency().ttftP99().value(), result.latency().tpotP99().value(), slo);
    }

    /**
     * The unit's monthly price over what one unit serves in a month at this load: a ranking of pools for the
     * tier, not the plan's $/M tokens (which also pays for idle and peak capacity). Null when not served.
     */
    Double unitUsdPerMillionTokens(double usdPerUnitMonth) {
        if (!served || tokensPerSecondPerReplica <= 0) {
            return null;
        }
        double tokensPerUnitMonth = tokensPerSecondPerReplica / unitsPerReplica * PoolUnit.HOURS_PER_MONTH * 3600;
        return usdPerUnitMonth / tokensPerUnitMonth * 1e6;
    }

    /** Replicas do not straddle units: a 3-chip replica on 8-chip units leaves 2 chips idle in each. */
    static double unitsPerReplica(int chipsPerReplica, int chipsPerUnit) {
        if (chipsPerReplica >= chipsPerUnit) {
            return Math.ceil((double) chipsPerReplica / chipsPerUnit);
        }
        return 1.0 / (chipsPerUnit / chipsPerReplica);
    }
}
