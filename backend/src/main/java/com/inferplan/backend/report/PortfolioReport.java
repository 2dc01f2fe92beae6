package com.inferplan.backend.report;

import com.inferplan.backend.portfolio.Portfolio;
import com.inferplan.backend.portfolio.PortfolioAnswer;
import com.inferplan.backend.portfolio.PortfolioAnswer.PoolAnswer;
import com.inferplan.backend.scenario.Wording;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a portfolio report shows: the spec, the optimiser's answer as REST gives it (nothing
 * recomputed, so the files agree with {@code /optimize}), every input as a row, the pools' sources, and
 * when and by which app version it was made.
 */
public record PortfolioReport(String name, Portfolio portfolio, PortfolioAnswer answer, List<PortfolioInputs.Row> inputs,
                              List<PoolSource> sources, Instant generatedAt, String appVersion) {

    public PortfolioReport {
        inputs = List.copyOf(inputs);
        sources = List.copyOf(sources);
    }

    static PortfolioReport of(String name, Portfolio portfolio, PortfolioAnswer answer, Instant at) {
        List<PoolSource> sources = new ArrayList<>();
        for (PoolAnswer p : answer.pools()) {
            p.sources().forEach(s -> sources.add(new PoolSource(p.id(), s.title(), s.url(), s.published(), s.status())));
        }
        return new PortfolioReport(name, portfolio, answer, PortfolioInputs.of(portfolio, answer), sources, at,
                AppVersion.current());
    }

    /** A source behind a pool's price, with its status (vendor, reported, assumed...). */
    public record PoolSource(String pool, String title, String url, String published, String status) {
    }

    /** Says who computed what the sources do not state. */
    static final String ENGINE = "InferPlan performance model and serving simulation: each pool's capacity for a"
            + " tier is the highest load its simulation keeps within the tier's SLO (docs/decisions/0902)";

    public String title() {
        return "InferPlan portfolio report: " + name;
    }

    /** One sentence: what the cheapest mix costs, or why no mix meets every tier. */
    public String headline() {
        if (!answer.feasible()) {
            return "No mix of these pools meets every tier: " + (answer.infeasibility().isEmpty() ? "see the tiers."
                    : answer.infeasibility().get(0));
        }
        long used = answer.pools().stream().filter(p -> p.units() > 0).count();
        return "The cheapest mix serving all " + answer.tiers().size() + " tiers within their SLOs uses " + used
                + (used == 1 ? " pool" : " pools") + " and costs " + Wording.usd(answer.totalUsdPerMonth())
                + " a month (" + Wording.usd(answer.blendedUsdPerMillionTokens()) + " per million tokens blended"
                + (answer.spread() == null ? "" : "; P10–P90 " + Wording.usd(answer.spread().p10()) + "–"
                + Wording.usd(answer.spread().p90())) + ").";
    }
}
