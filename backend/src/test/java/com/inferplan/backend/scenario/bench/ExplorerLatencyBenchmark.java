package com.inferplan.backend.scenario.bench;

import com.inferplan.backend.scenario.Candidate;
import com.inferplan.backend.scenario.CostChoice;
import com.inferplan.backend.scenario.PublishedExample;
import com.inferplan.backend.scenario.Scenario;
import com.inferplan.backend.scenario.ScenarioCalculator;
import com.inferplan.backend.scenario.ScenarioResults;
import com.inferplan.engine.serving.RunControl;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Server time of one explorer answer for six candidates (target ≤ 200 ms): the published example plus
 * MI300X and H200, every candidate planned, sized by load simulation, priced with Monte Carlo. A timed
 * main rather than JMH because the backend module carries no JMH dependency; it warms up first and
 * reports percentiles over repeated answers, then the Pareto sweep behind the chart separately.
 * Run: see docs/benchmarks.md, section "explorer".
 */
public final class ExplorerLatencyBenchmark {

    private static final int WARM_UP = 20;
    private static final int MEASURED = 50;

    private ExplorerLatencyBenchmark() {
    }

    public static void main(String[] args) {
        List<Candidate> six = new ArrayList<>(PublishedExample.scenario().candidates());
        six.add(Candidate.of("amd-mi300x", CostChoice.DEFAULT));
        six.add(Candidate.of("nvidia-h200-sxm", CostChoice.DEFAULT));
        Scenario scenario = PublishedExample.scenario().withCandidates(six);
        ScenarioCalculator calculator = ScenarioCalculator.builtIn();

        long start = System.nanoTime();
        ScenarioResults first = calculator.results(scenario, RunControl.NONE);
        System.out.printf(Locale.ROOT, "cold first answer: %.0f ms (performance models built, JIT cold)%n",
                (System.nanoTime() - start) / 1e6);
        System.out.println("headline: " + first.headline().answer());
        report("results, 6 candidates", () -> calculator.results(scenario, RunControl.NONE));
        report("frontiers, " + calculator.frontiers(scenario).size() + " model x hardware sweeps",
                () -> calculator.frontiers(scenario));
    }

    private static void report(String what, Supplier<?> task) {
        for (int i = 0; i < WARM_UP; i++) {
            task.get();
        }
        double[] ms = new double[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long t = System.nanoTime();
            task.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "%s: median %.1f ms, p90 %.1f ms, min %.1f ms, max %.1f ms (%d runs after %d"
                + " warm-up, %d cores)%n", what, ms[MEASURED / 2], ms[(int) (MEASURED * 0.9)], ms[0], ms[MEASURED - 1],
                MEASURED, WARM_UP, Runtime.getRuntime().availableProcessors());
    }
}
