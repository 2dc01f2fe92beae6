package com.inferplan.cli;

import com.inferplan.backend.report.Paper;
import com.inferplan.backend.report.ReportFile;
import com.inferplan.backend.report.ReportFormat;
import com.inferplan.backend.report.ReportRenderer;
import com.inferplan.backend.scenario.PublishedExample;
import com.inferplan.backend.scenario.Scenario;
import com.inferplan.backend.scenario.ScenarioCalculator;
import com.inferplan.backend.scenario.ScenarioCodec;
import com.inferplan.backend.scenario.ScenarioResults;
import com.inferplan.backend.support.InvalidInputException;
import com.inferplan.engine.serving.RunControl;
import com.inferplan.pricing.catalog.PricingCatalog;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;

/**
 * {@code report}: a scenario's XLSX workbook, PDF board pack or CSV, from a scenario JSON file (the REST
 * body of {@code /scenarios/results}) or the published example, with built-in models, hardware and
 * prices. Prints where it wrote the file and how long the answer and the rendering took.
 */
final class ReportCommand implements Command {

    private static final Set<String> FLAGS = Set.of("scenario", "example", "format", "out", "paper");

    @Override
    public String name() {
        return "report";
    }

    @Override
    public String usage() {
        return "report (--scenario FILE | --example " + PublishedExample.ID + ") --format xlsx|pdf|csv --out PATH"
                + " [--paper a4|letter]";
    }

    @Override
    public int run(Arguments args, PrintStream out) {
        args.allowOnly(FLAGS);
        ReportFormat format = ReportFormat.parse("format", args.choice("format", "xlsx", Set.of("xlsx", "pdf", "csv")));
        Paper paper = Paper.parse("paper", args.choice("paper", "a4", Set.of("a4", "letter")));
        Path target = Path.of(args.require("out"));
        String name;
        Scenario scenario;
        if (args.text("example").isPresent()) {
            if (!args.require("example").equals(PublishedExample.ID)) {
                throw new UsageException("--example '" + args.require("example") + "' is not known; the example is "
                        + PublishedExample.ID);
            }
            name = "Published example: Codex-Spark";
            scenario = PublishedExample.scenario();
        } else {
            Path file = Path.of(args.require("scenario"));
            name = file.getFileName().toString().replaceFirst("\\.json$", "");
            scenario = read(file);
        }
        long start = System.nanoTime();
        ScenarioResults results = ScenarioCalculator.builtIn().results(scenario, RunControl.NONE);
        long answered = System.nanoTime();
        ReportFile file = new ReportRenderer(PricingCatalog.builtIn(), Clock.systemUTC())
                .render(name, scenario, results, format, paper);
        long rendered = System.nanoTime();
        try {
            Files.write(target, file.bytes());
        } catch (IOException e) {
            throw new UsageException("--out '" + target + "' cannot be written: " + e.getMessage());
        }
        out.printf(Locale.ROOT, "wrote %s (%,d bytes, %d options): answer %d ms, %s %d ms, total %d ms%n", target,
                file.bytes().length, results.candidates().size(), (answered - start) / 1_000_000,
                format.extension(), (rendered - answered) / 1_000_000, (rendered - start) / 1_000_000);
        return 0;
    }

    private static Scenario read(Path file) {
        try {
            return ScenarioCodec.fromJson(Files.readString(file));
        } catch (IOException e) {
            throw new UsageException("--scenario '" + file + "' cannot be read: " + e.getMessage());
        } catch (InvalidInputException e) {
            throw new UsageException("--scenario '" + file + "' is not a scenario: " + e.getMessage());
        }
    }
}
