package com.inferplan.backend.portfolio;

import com.inferplan.backend.scenario.ScenarioWorkload;
import com.inferplan.backend.scenario.ScenarioWorkload.Demand;
import com.inferplan.backend.scenario.ScenarioWorkload.DemandUnit;
import com.inferplan.backend.scenario.ScenarioWorkload.Lengths;
import com.inferplan.backend.scenario.ScenarioWorkload.SloTarget;
import com.inferplan.backend.scenario.Transport;
import com.inferplan.backend.scenario.WorkloadPreset;
import java.util.List;

/**
 * One slice of the traffic with its own model and service level, e.g. interactive coding at 20 ms TPOT.
 *
 * @param hourlyProfile optional 24 relative loads, hour 0 to 23; when given, the peak factor is its busiest
 *                      hour over its mean and {@code demand.peakFactor} is ignored
 */
public record PortfolioTier(String id, String name, String model, Demand demand, Lengths lengths, SloTarget slo,
                            Transport transport, List<Double> hourlyProfile) {

    static final double SECONDS_PER_DAY = 86_400;
    static final double DAYS_PER_MONTH = 365.0 / 12;

    public PortfolioTier {
        transport = transport == null ? Transport.HTTP : transport;
        hourlyProfile = hourlyProfile == null ? List.of() : List.copyOf(hourlyProfile);
    }

    /** Busiest hour over the daily mean: from the profile where one is given, otherwise the stated factor. */
    public double peakFactor() {
        if (hourlyProfile.isEmpty()) {
            return demand.peakFactor();
        }
        double mean = hourlyProfile.stream().mapToDouble(Double::doubleValue).average().orElse(1);
        return hourlyProfile.stream().mapToDouble(Double::doubleValue).max().orElse(1) / mean;
    }

    public int tokensPerRequest() {
        return lengths.inputTokens() + lengths.outputTokens();
    }

    /** Input + output tokens per second over the day. */
    public double averageTokensPerSecond() {
        return demand.unit() == DemandUnit.TOKENS_PER_DAY ? demand.value() / SECONDS_PER_DAY
                : demand.value() * tokensPerRequest();
    }

    public double peakTokensPerSecond() {
        return averageTokensPerSecond() * peakFactor();
    }

    public double tokensPerMonth() {
        return averageTokensPerSecond() * SECONDS_PER_DAY * DAYS_PER_MONTH;
    }

    /** The explorer's workload for this tier, with the profile's peak factor: what a pool is simulated under. */
    public ScenarioWorkload workload() {
        return new ScenarioWorkload(WorkloadPreset.CUSTOM, new Demand(demand.value(), demand.unit(), peakFactor()),
                lengths, slo);
    }
}
