package com.inferplan.engine.serving;

import com.inferplan.engine.serving.SloSearchResult.Outcome;
import com.inferplan.engine.serving.validation.Require;
import com.inferplan.engine.serving.workload.SyntheticWorkload;

/**
 * Highest arrival rate at which a deployment attains its SLO, by bisection on the logarithm of the
 * rate (thresholds span orders of magnitude). Each probe reruns the same requests (same seed)
 * with the arrival times rescaled, which removes sampling noise between probes; the search assumes
 * attainment falls as the rate rises, which holds for FCFS continuous batching up to that noise.
 */
public final class SloSearch {

  private SloSearch() {}

  public static SloSearchResult highestRate(SyntheticWorkload workload, StepTimeModel model,
      SimulationConfig config, RateBounds bounds, RunControl control) {
    Require.present("workload", workload);
    Require.present("bounds", bounds);
    Require.present("control", control);
    int planned = bounds.bisectionSteps() + 2;
    Probe probe = new Probe(workload, model, config, control, planned);

    SimulationResult atMax = probe.run(bounds.maxRatePerSecond());
    if (atMax.goodput().attained()) {
      return probe.finish(Outcome.ATTAINED_AT_MAX, bounds.maxRatePerSecond(), atMax);
    }
    SimulationResult atMin = probe.run(bounds.minRatePerSecond());
    if (!atMin.goodput().attained()) {
      return probe.finish(Outcome.NOT_ATTAINED_AT_MIN, bounds.minRatePerSecond(), atMin);
    }
    double good = bounds.minRatePerSecond();
    double bad = bounds.maxRatePerSecond();
    SimulationResult atGood = atMin;
    while (bad / good > 1 + bounds.relativeTolerance()) {
      double middle = Math.sqrt(good * bad);
      SimulationResult result = probe.run(middle);
      if (result.goodput().attained()) {
        good = middle;
        atGood = result;
      } else {
        bad = middle;
      }
    }
    return probe.finish(Outcome.FOUND, good, atGood);
  }

  /** Runs one rate and keeps the overall progress fraction moving across probes. */
  private static final class Probe {
    private final SyntheticWorkload workload;
    private final StepTimeModel model;
    private final SimulationConfig config;
    private final RunControl control;
    private final int planned;
    private int done;

    Probe(SyntheticWorkload workload, StepTimeModel model, SimulationConfig config,
        RunControl control, int planned) {
      this.workload = workload;
      this.model = model;
      this.config = config;
      this.control = control;
      this.planned = planned;
    }

    SimulationResult run(double rate) {
      RunControl slice = control.slice((double) done / planned, 1.0 / planned);
      SimulationResult result =
          ServingSimulator.run(workload.withRate(rate), model, config, slice);
      done++;
      return result;
    }

    SloSearchResult finish(Outcome outcome, double rate, SimulationResult result) {
      control.progress().onProgress(1);
      return new SloSearchResult(outcome, rate, result, done);
    }
  }
}
