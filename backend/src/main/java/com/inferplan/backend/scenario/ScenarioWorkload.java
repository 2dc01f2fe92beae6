package com.inferplan.backend.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The traffic a scenario must carry and the service level it must keep.
 *
 * @param preset the preset the values came from, or {@link WorkloadPreset#CUSTOM} once edited; a label
 *               only, the numbers below are what is computed with (so a saved scenario never changes
 *               when a preset's defaults do)
 */
public record ScenarioWorkload(WorkloadPreset preset, Demand demand, Lengths lengths, SloTarget slo) {

    public ScenarioWorkload {
        preset = preset == null ? WorkloadPreset.CUSTOM : preset;
    }

    /**
     * Average demand over a day and how much higher the busiest hour runs; capacity is sized for the
     * peak, cost is paid around the clock.
     *
     * @param value      tokens per day (input + output) or requests per second, a daily average
     * @param peakFactor busiest-hour rate ÷ daily average (1 = flat)
     */
    public record Demand(double value, DemandUnit unit, double peakFactor) {
    }

    public enum DemandUnit {
        @JsonProperty("tokens-per-day") TOKENS_PER_DAY,
        @JsonProperty("requests-per-second") REQUESTS_PER_SECOND
    }

    /**
     * Mean prompt and answer tokens per request and their spread: the sigma of the underlying normal of
     * lognormal lengths (0 = every request the same length).
     */
    public record Lengths(int inputTokens, int outputTokens, double spread) {
    }

    /**
     * Latency limits as clients see them (transport included), judged at one percentile.
     *
     * @param percentile 90 or 99
     */
    public record SloTarget(double ttftMs, double tpotMs, int percentile) {
    }
}
