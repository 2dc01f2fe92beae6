package com.inferplan.engine.loadtest;

import com.inferplan.engine.serving.RunControl;
import com.inferplan.engine.serving.SimulationResult;
import com.inferplan.engine.serving.SloSearchResult;
import com.inferplan.engine.serving.validation.Require;
import java.util.ArrayList;
import java.util.List;

/**
 * What the load-test page runs: the requested simulation, then the SLO-limited rate and a sweep of
 * rates up to (and a little past) it, both on a smaller replay of the same workload so the curves
 * cost a fraction of the main run. Progress is shared out by requests simulated.
 */
public final class LoadStudy {

    /** Sweep rates as fractions of the top rate; the last point shows what lies past the limit. */
    public static final double[] SWEEP_FRACTIONS = {0.2, 0.4, 0.6, 0.8, 0.9, 1.0, 1.2};
    /** Requests per search probe and sweep point: p99 within a few percent, a second or so each. */
    public static final long PROBE_REQUESTS = 3_000;

    private final LoadTest test;
    private final LoadTest probes;
    private final StudyListener listener;
    private final RunControl control;
    private final double total;
    private double done;

    private LoadStudy(LoadTest test, StudyListener listener, RunControl control) {
        this.test = test;
        this.probes = test.withWorkload(test.workload().withRequests(Math.min(PROBE_REQUESTS, test.workload().requests())));
        this.listener = listener;
        this.control = control;
        long probeRequests = probes.workload().requests();
        this.total = test.workload().requests()
                + (double) probeRequests * (LoadTest.searchProbesAtMost() + SWEEP_FRACTIONS.length);
    }

    /** @throws com.inferplan.engine.serving.SimulationCancelledException when {@code control} cancels */
    public static LoadStudyResult run(LoadTest test, StudyListener listener, RunControl control) {
        Require.present("test", test);
        Require.present("listener", listener);
        Require.present("control", control);
        return new LoadStudy(test, listener, control).run();
    }

    private LoadStudyResult run() {
        SimulationResult main = test.run(phase(StudyPhase.MAIN_RUN, test.workload().requests()));
        listener.mainRunFinished(main);
        SloSearchResult search = probes.findMaxRate(phase(StudyPhase.MAX_RATE_SEARCH,
                probes.workload().requests() * (double) LoadTest.searchProbesAtMost()));
        double top = search.outcome() == SloSearchResult.Outcome.NOT_ATTAINED_AT_MIN
                ? test.saturationRate() : search.ratePerSecond();
        List<LoadPoint> sweep = new ArrayList<>();
        for (double fraction : SWEEP_FRACTIONS) {
            double rate = top * fraction;
            LoadTest point = probes.withWorkload(probes.workload().withRate(rate));
            sweep.add(new LoadPoint(rate, point.run(phase(StudyPhase.LOAD_SWEEP, probes.workload().requests()))));
        }
        listener.progress(StudyPhase.LOAD_SWEEP, 1);
        return new LoadStudyResult(main, search, top, sweep);
    }

    /** A control whose progress covers the next {@code requests} of the study's total. */
    private RunControl phase(StudyPhase phase, double requests) {
        double from = done / total;
        double width = requests / total;
        done += requests;
        return new RunControl(fraction -> listener.progress(phase, Math.min(1, from + width * fraction)),
                control.cancelled());
    }
}
