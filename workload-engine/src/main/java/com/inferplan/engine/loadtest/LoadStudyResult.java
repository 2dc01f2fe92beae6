package com.inferplan.engine.loadtest;

import com.inferplan.engine.serving.SimulationResult;
import com.inferplan.engine.serving.SloSearchResult;
import java.util.List;

/**
 * A load test's main run, the highest rate meeting its SLO, and latency and goodput at rates around it.
 *
 * @param sweepTopRatePerSecond the rate the sweep's fractions apply to: the SLO-limited rate, or the
 *                              saturation estimate when even the lowest searched rate misses the SLO
 */
public record LoadStudyResult(SimulationResult mainRun, SloSearchResult maxRate, double sweepTopRatePerSecond,
                              List<LoadPoint> sweep) {

    public LoadStudyResult {
        sweep = List.copyOf(sweep);
    }
}
