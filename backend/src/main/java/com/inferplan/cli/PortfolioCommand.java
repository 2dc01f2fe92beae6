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
import com.inferplan.backend.support.InvalidInputException;
import com.inferplan.engine.serving.RunControl;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * {@code portfolio}: the optimised fleet for a portfolio JSON file (the REST body of
 * {@code /portfolios/optimize}) or the built-in example, with built-in models, hardware and prices, as the
 * REST answer's JSON or as CSV. Prints how long the answer took on standard error, so the output stays data.
 */
final class PortfolioCommand implements Command {

    private static final Set<String> FLAGS = Set.of("spec", "example", "format");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public String name() {
        return "portfolio";
    }

    @Override
    public String usage() {
        return "portfolio (--spec FILE | --example " + PortfolioExample.ID + ") [--format json|csv]";
    }

    @Override
    public int run(Arguments args, PrintStream out) {
        args.allowOnly(FLAGS);
        String format = args.choice("format", "json", Set.of("json", "csv"));
        Portfolio portfolio = portfolio(args);
        long start = System.nanoTime();
        PortfolioAnswer answer;
        try {
            answer = PortfolioCalculator.builtIn().answer(portfolio, RunControl.NONE);
        } catch (InvalidInputException e) {
            throw new UsageException("the portfolio is not valid: " + e.getMessage());
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        out.print(format.equals("csv") ? PortfolioCsv.of(answer).text() : json(answer));
        System.err.printf(Locale.ROOT, "portfolio answered in %d ms (%d tiers, %d pools, feasible: %s)%n", ms,
                portfolio.tiers().size(), portfolio.pools().size(), answer.feasible());
        return answer.feasible() ? 0 : 1;
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
