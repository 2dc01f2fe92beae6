package com.inferplan.backend.scenario;

import java.util.List;

/** A scenario's answer: the headline, every candidate in the scenario's order, and the demand as a peak rate. */
public record ScenarioResults(Headline headline, List<CandidateResult> candidates, Figure peakRequestsPerSecond) {

    public ScenarioResults {
        candidates = List.copyOf(candidates);
    }
}
