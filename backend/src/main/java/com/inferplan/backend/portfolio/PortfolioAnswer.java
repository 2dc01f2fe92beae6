package com.inferplan.backend.portfolio;

import com.inferplan.backend.scenario.CostFigures.SourceRef;
import java.util.List;
import java.util.Map;

/**
 * The optimiser's answer with what a reader needs to trust it: units per pool and which tiers each
 * serves, each tier's cost and latency, the power and vendor split, the constraints that bind and what
 * they cost, why an infeasible portfolio cannot be met, the cost's spread, and every tier-on-pool
 * capacity the plan was built from. Figures are null, never NaN, where they do not exist.
 */
public record PortfolioAnswer(boolean feasible, double totalUsdPerMonth, double blendedUsdPerMillionTokens,
                              List<PoolAnswer> pools, List<TierAnswer> tiers, Double megawatts,
                              Map<String, Double> vendorShares, List<Binding> bindingConstraints,
                              List<String> infeasibility, CostSpread spread, List<CapacityCell> capacities,
                              List<String> notes) {

    /** One pool in the plan; {@code tiers} says which tiers it serves, at what share and utilization. */
    public record PoolAnswer(String id, String name, String hardware, String hardwareName, String vendor,
                             String unitName, int chipsPerUnit, int units, double usdPerMonth, double usdPerUnitMonth,
                             double idleCommittedUnits, String basis, Double megawatts, List<PoolTier> tiers,
                             List<SourceRef> sources) {
    }

    /** @param share of the tier's peak demand served by this pool */
    public record PoolTier(String tier, int replicas, double share, double utilization) {
    }

    /**
     * @param ttftP99Ms worst client-side p99 over the pools serving the tier, each at its highest load meeting
     *                  the SLO (the plan runs them at or below it); null when nothing serves the tier
     * @param why       which pool serves the tier and why the others do not or cost more
     */
    public record TierAnswer(String id, String name, String model, double peakTokensPerSecond, double tokensPerMonth,
                             double usdPerMonth, Double usdPerMillionTokens, Double ttftP99Ms, Double tpotP99Ms,
                             boolean sloMet, String slo, List<String> servedBy, String why) {
    }

    /** A constraint tight at the optimum and what it costs: the optimum without it, less the optimum with it. */
    public record Binding(String constraint, String description, double usdPerMonth) {
    }

    /** P10–P90 of the plan's monthly cost over the pools' price uncertainty, and its tornado. */
    public record CostSpread(double p10, double p50, double p90, int draws, List<Swing> tornado) {
    }

    /** Total monthly cost with one input at its low and its high value, the rest at base. */
    public record Swing(String input, String low, String high, double usdPerMonthAtLow, double usdPerMonthAtHigh) {
    }

    /**
     * How one pool could serve one tier: the capacity the optimiser counted (decision 0902).
     *
     * @param unitUsdPerMillionTokens the pool's price per unit over what one unit serves at that load: a ranking,
     *                                not the plan's $/M (which includes idle and peak capacity)
     */
    public record CapacityCell(String pool, String tier, boolean served, String reason, int chipsPerReplica,
                               String layout, double unitsPerReplica, double tokensPerSecondPerReplica,
                               Double ttftP99Ms, Double tpotP99Ms, Double unitUsdPerMillionTokens) {
    }
}
