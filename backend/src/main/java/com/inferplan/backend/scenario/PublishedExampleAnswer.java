package com.inferplan.backend.scenario;

import java.util.List;

/**
 * The published Codex-Spark example answered: the scenario, the engine's answer, each published claim
 * beside the modelled figure with whether that figure is an input from the publication or computed,
 * and every option again at TPOT p90 10, 20 and 40 ms ({@link SloSweepRow}).
 */
public record PublishedExampleAnswer(Scenario scenario, ScenarioResults results, List<PublishedClaim> claims,
                                     List<SloSweepRow> sloSweep) {

    public PublishedExampleAnswer {
        claims = List.copyOf(claims);
        sloSweep = List.copyOf(sloSweep);
    }
}
