package com.inferplan.backend.scenario;

import com.inferplan.backend.scenario.Figure.FigureInput;
import com.inferplan.backend.scenario.ScenarioWorkload.Demand;
import com.inferplan.backend.scenario.ScenarioWorkload.DemandUnit;
import com.inferplan.backend.scenario.ScenarioWorkload.Lengths;
import java.util.List;

/**
 * A scenario's demand as request rates. Tokens per day count input and output tokens, so one request
 * carries {@code input + output} of them.
 */
record DemandRates(double averageRequestsPerSecond, double peakRequestsPerSecond, int tokensPerRequest,
                   Figure peak) {

    static final double SECONDS_PER_DAY = 86_400;

    static DemandRates of(Demand demand, Lengths lengths) {
        int tokens = lengths.inputTokens() + lengths.outputTokens();
        FigureInput peakFactor = FigureInput.of("peakFactor", demand.peakFactor(), "× average", Origin.INPUT);
        Figure peak;
        double average;
        if (demand.unit() == DemandUnit.TOKENS_PER_DAY) {
            average = demand.value() / SECONDS_PER_DAY / tokens;
            peak = Figure.of("peakRequestsPerSecond", average * demand.peakFactor(), "requests/s",
                    "peakRequestsPerSecond = tokensPerDay / 86400 / (inputTokens + outputTokens) · peakFactor",
                    List.of(FigureInput.of("tokensPerDay", demand.value(), "tokens/day", Origin.INPUT),
                            FigureInput.of("inputTokens", lengths.inputTokens(), "tokens", Origin.INPUT),
                            FigureInput.of("outputTokens", lengths.outputTokens(), "tokens", Origin.INPUT), peakFactor),
                    false, List.of());
        } else {
            average = demand.value();
            peak = Figure.of("peakRequestsPerSecond", average * demand.peakFactor(), "requests/s",
                    "peakRequestsPerSecond = requestsPerSecond · peakFactor",
                    List.of(FigureInput.of("requestsPerSecond", demand.value(), "requests/s", Origin.INPUT), peakFactor),
                    false, List.of());
        }
        return new DemandRates(average, peak.value(), tokens, peak);
    }

    /** Input + output tokens per second at the peak, what the fleet must process. */
    double peakTokensPerSecond() {
        return peakRequestsPerSecond * tokensPerRequest;
    }
}
