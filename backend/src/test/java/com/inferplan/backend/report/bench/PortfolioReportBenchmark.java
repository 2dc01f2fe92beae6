package com.inferplan.backend.report.bench;

import com.inferplan.backend.portfolio.Portfolio;
import com.inferplan.backend.portfolio.PortfolioAnswer;
import com.inferplan.backend.portfolio.PortfolioCalculator;
import com.inferplan.backend.portfolio.PortfolioExample;
import com.inferplan.backend.report.Paper;
import com.inferplan.backend.report.PortfolioReportRenderer;
import com.inferplan.backend.report.ReportFile;
import com.inferplan.backend.report.ReportFormat;
import com.inferplan.engine.serving.RunControl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

/**
 * Time to make a report of the published example portfolio (3 tiers × 5 pools): the answer (the first run
 * simulates every pool × tier capacity; later runs reuse the built-in calculator's cached capacities and
 * re-optimise) and the rendering, each format three times in one JVM. With a directory argument, the files are written there
 * to be looked at. Run: docs/benchmarks.md, "portfolio reports".
 */
public final class PortfolioReportBenchmark {

    private static final int RUNS = 3;

    private PortfolioReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Portfolio example = PortfolioExample.codexSpark();
        PortfolioCalculator calculator = PortfolioCalculator.builtIn();
        PortfolioReportRenderer renderer = new PortfolioReportRenderer(Clock.systemUTC());
        for (ReportFormat format : ReportFormat.values()) {
            for (int run = 1; run <= RUNS; run++) {
                long start = System.nanoTime();
                PortfolioAnswer answer = calculator.answer(example, RunControl.NONE);
                long answered = System.nanoTime();
                ReportFile file = renderer.render("Codex-Spark portfolio", example, answer, format, Paper.A4);
                long rendered = System.nanoTime();
                System.out.printf(Locale.ROOT, "%s run %d: %,d bytes: answer %d ms, render %d ms, total %d ms%n",
                        format.extension(), run, file.bytes().length, (answered - start) / 1_000_000,
                        (rendered - answered) / 1_000_000, (rendered - start) / 1_000_000);
                if (args.length > 0 && run == 1) {
                    Files.write(Path.of(args[0]).resolve(file.fileName()), file.bytes());
                }
            }
        }
        if (args.length > 0) {
            PortfolioAnswer answer = calculator.answer(example, RunControl.NONE);
            ReportFile letter = renderer.render("Codex-Spark portfolio letter", example, answer, ReportFormat.PDF,
                    Paper.LETTER);
            Files.write(Path.of(args[0]).resolve(letter.fileName()), letter.bytes());
        }
    }
}
