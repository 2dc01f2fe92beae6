package com.inferplan.backend.report.bench;

import com.inferplan.backend.report.Paper;
import com.inferplan.backend.report.ReportFile;
import com.inferplan.backend.report.ReportFormat;
import com.inferplan.backend.report.ReportRenderer;
import com.inferplan.backend.scenario.Scenario;
import com.inferplan.backend.scenario.ScenarioCalculator;
import com.inferplan.backend.scenario.ScenarioCodec;
import com.inferplan.backend.scenario.ScenarioResults;
import com.inferplan.engine.serving.RunControl;
import com.inferplan.pricing.catalog.PricingCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

/**
 * Time to make a report of a 6-option scenario (target ≤ 2 s): the answer (computed, not cached) and
 * the rendering, each format three times in one JVM, as the app does for an unsaved scenario. The
 * scenario is pinned first (decision 0708), as a shared link opens it. Run: docs/benchmarks.md, "reports".
 */
public final class ReportBenchmark {

    private static final int RUNS = 3;

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Scenario six = ScenarioCodec.fromJson(Files.readString(Path.of(args.length > 0 ? args[0]
                : "../docs/examples/six-options.json")));
        ScenarioCalculator calculator = ScenarioCalculator.builtIn();
        Scenario pinned = calculator.pinned(six);
        ReportRenderer renderer = new ReportRenderer(PricingCatalog.builtIn(), Clock.systemUTC());
        for (ReportFormat format : ReportFormat.values()) {
            for (int run = 1; run <= RUNS; run++) {
                long start = System.nanoTime();
                ScenarioResults results = calculator.results(pinned, RunControl.NONE);
                long answered = System.nanoTime();
                ReportFile file = renderer.render("six-options", pinned, results, format, Paper.A4);
                long rendered = System.nanoTime();
                System.out.printf(Locale.ROOT, "%s run %d: %,d bytes, %d options: answer %d ms, render %d ms, total %d ms%n",
                        format.extension(), run, file.bytes().length, results.candidates().size(),
                        (answered - start) / 1_000_000, (rendered - answered) / 1_000_000, (rendered - start) / 1_000_000);
            }
        }
    }
}
