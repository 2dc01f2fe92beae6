package com.inferplan.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.inferplan.backend.portfolio.Portfolio;
import com.inferplan.backend.portfolio.PortfolioAnswer;
import com.inferplan.backend.portfolio.PortfolioCalculator;
import com.inferplan.backend.portfolio.PortfolioCsv;
import com.inferplan.backend.portfolio.PortfolioExample;
import com.inferplan.backend.portfolio.PortfolioService;
import com.inferplan.backend.report.Paper;
import com.inferplan.backend.report.PortfolioReportRenderer;
import com.inferplan.backend.report.ReportFile;
import com.inferplan.backend.report.ReportFormat;
import com.inferplan.backend.support.InvalidInputException;
import com.inferplan.engine.serving.RunControl;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;

/**
 * {@code portfolio}: the optimised fleet for a portfolio JSON file (the REST body of
 * {@code /portfolios/optimize}) or the built-in example, with built-in models, hardware and prices, as the
 * REST answer's JSON or as CSV on standard output, or as the report's XLSX workbook or PDF board pack in
 * {@code --out} (as {@code /portfolios/report} makes them). Prints how long the answer took on standard
 * error, so the output stays data.
 */
final class PortfolioCommand implements Command {

    private static final Set<String> FLAGS = Set.of("spec", "example", "format", "out", "paper");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public String name() {
        return "portfolio";
    }

    @Override
    public String usage() {
        return "portfolio (--spec FILE | --example " + PortfolioExample.ID + ") [--format json|csv"
                + " | --format xlsx|pdf --out PATH [--paper a4|letter]]";
    }

    @Override
    public int run(Arguments args, PrintStream out) {
        args.allowOnly(FLAGS);
        String format = args.choice("format", "json", Set.of("json", "csv", "xlsx", "pdf"));
        boolean file = format.equals("xlsx") || format.equals("pdf");
        Paper paper = Paper.parse("paper", args.choice("paper", "a4", Set.of("a4", "letter")));
        Path target = file ? Path.of(args.require("out")) : null;
        if (!file && args.text("out").isPresent()) {
            throw new UsageException("--out is for --format xlsx or pdf; json and csv print to standard output");
        }
        Portfolio portfolio = portfolio(args);
        long start = System.nanoTime();
        PortfolioAnswer answer;
        try {
            answer = PortfolioCalculator.builtIn().answer(portfolio, RunControl.NONE);
        } catch (InvalidInputException e) {
            throw new UsageException("the portfolio is not valid: " + e.getMessage());
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.err.printf(Locale.ROOT, "portfolio answered in %d ms (%d tiers, %d pools, feasible: %s)%n", ms,
                portfolio.tiers().size(), portfolio.pools().size(), answer.feasible());
        if (file) {
            write(target, name(args), portfolio, answer, ReportFormat.parse("format", format), paper, out);
        } else {
            out.print(format.equals("csv") ? PortfolioCsv.of(answer).text() : json(answer));
        }
        return answer.feasible() ? 0 : 1;
    }

    private static void write(Path target, String name, Portfolio portfolio, PortfolioAnswer answer, ReportFormat format,
                              Paper paper, PrintStream out) {
        long start = System.nanoTime();
        ReportFile report = new PortfolioReportRenderer(Clock.systemUTC()).render(name, portfolio, answer, format, paper);
        long ms = (System.nanoTime() - start) / 1_000_000;
        try {
            Files.write(target, report.bytes());
        } catch (IOException e) {
            throw new UsageException("--out '" + target + "' cannot be written: " + e.getMessage());
        }
        out.printf(Locale.ROOT, "wrote %s (%,d bytes, %d pools, %d tiers): %s %d ms%n", target, report.bytes().length,
                answer.pools().size(), answer.tiers().size(), format.extension(), ms);
    }

    private static String name(Arguments args) {
        return args.text("example").isPresent() ? "Published example: Codex-Spark portfolio"
                : Path.of(args.require("spec")).getFileName().toString().replaceFirst("\\.json$", "");
    }

    private static Portfolio portfolio(Arguments args) {
        if (args.text("example").isPresent()) {
            if (!args.require("example").equals(PortfolioExample.ID)) {
                throw new UsageException("--example '" + args.require("example") + "' is not known; the example is "
                        + PortfolioExample.ID);
            }
            return PortfolioExample.codexSpark();
        }
        Path file = Path.of(args.require("spec"));
        try {
            return PortfolioService.CODEC.fromJson(Files.readString(file));
        } catch (IOException e) {
            throw new UsageException("--spec '" + file + "' cannot be read: " + e.getMessage());
        } catch (InvalidInputException e) {
            throw new UsageException("--spec '" + file + "' is not a portfolio: " + e.getMessage());
        }
    }

    private static String json(PortfolioAnswer answer) {
        try {
            return JSON.writeValueAsString(answer) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an answer is plain data and always serialises", e);
        }
    }
}
