package com.inferplan.backend.report;

import com.inferplan.backend.portfolio.PortfolioAnswer;
import com.inferplan.backend.portfolio.PortfolioAnswer.Binding;
import com.inferplan.backend.portfolio.PortfolioAnswer.PoolAnswer;
import com.inferplan.backend.portfolio.PortfolioAnswer.PoolTier;
import com.inferplan.backend.portfolio.PortfolioAnswer.Swing;
import com.inferplan.backend.portfolio.PortfolioAnswer.TierAnswer;
import com.inferplan.backend.scenario.Wording;
import com.inferplan.backend.support.Quantities;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The portfolio board pack: a title page with the headline, the date and the total with its P10–P90; the
 * plan (pools, tiers, spend per vendor, binding constraints); the sensitivity of the total; then
 * {@link PortfolioPdfEvidence}: assumptions, sources and what is estimated. A4 or Letter.
 */
public final class PortfolioPdf {

    private final PortfolioReport report;
    private final PortfolioAnswer answer;
    private final PdfCanvas pdf;

    private PortfolioPdf(PortfolioReport report, PdfCanvas pdf) {
        this.report = report;
        this.answer = report.answer();
        this.pdf = pdf;
    }

    public static void write(PortfolioReport report, Paper paper, OutputStream out) throws IOException {
        try (PdfCanvas pdf = new PdfCanvas(paper.size(), report.name() + " · InferPlan " + report.appVersion() + " · "
                + PdfCanvas.DATE.format(report.generatedAt()) + " · estimates are estimates")) {
            PortfolioPdf p = new PortfolioPdf(report, pdf);
            p.titlePage();
            p.planPage();
            p.sensitivity();
            new PortfolioPdfEvidence(report, pdf).write();
            pdf.finish().save(out);
        }
    }

    private void titlePage() throws IOException {
        pdf.newPage();
        pdf.title("Board pack: " + report.name());
        pdf.text(PdfCanvas.DATE.format(report.generatedAt()) + " · InferPlan " + report.appVersion());
        pdf.space(10);
        pdf.paragraph(report.headline(), 14, true);
        pdf.space(6);
        var s = answer.spread();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Feasible", answer.feasible() ? "yes" : "no"));
        boolean feasible = answer.feasible();
        rows.add(List.of("Total per month", feasible ? Wording.usd(answer.totalUsdPerMonth()) : "n/a: not feasible"));
        rows.add(List.of("Total per month P10 / P50 / P90", s == null ? "n/a" : Wording.usd(s.p10()) + " / "
                + Wording.usd(s.p50()) + " / " + Wording.usd(s.p90())));
        rows.add(List.of("Blended $ per million tokens", feasible ? Wording.usd(answer.blendedUsdPerMillionTokens())
                : "n/a: not feasible"));
        rows.add(List.of("Facility power", answer.megawatts() == null ? "n/a" : Wording.megawatts(answer.megawatts())));
        pdf.table(new float[] {0.5f, 0.5f}, List.of("Figure", "Value"), rows, 10);
        pdf.text("Tiers: " + answer.tiers().stream().map(t -> t.name() + " (" + t.model() + ", " + t.slo() + ")")
                .collect(Collectors.joining("; ")) + ".");
        pdf.bullets("Why it cannot be met", answer.infeasibility());
        pdf.paragraph("The fleet is whole deployable units per pool, sized so every tier's peak demand is served within"
                + " its SLO, at the lowest monthly cost; committed deal units are paid whether used or not."
                + (s == null ? "" : " P10–P90 varies each pool's unit price with the plan's units fixed (" + s.draws()
                + " seeded draws)."), 8.5f, false);
    }

    private void planPage() throws IOException {
        pdf.newPage();
        pdf.title("Pools and tiers");
        List<List<String>> pools = new ArrayList<>();
        for (PoolAnswer p : answer.pools()) {
            pools.add(List.of(p.id(), p.hardwareName(), Wording.units(p.units(), p.unitName()),
                    Wording.usd(p.usdPerUnitMonth()), Wording.usd(p.usdPerMonth()),
                    p.idleCommittedUnits() > 0 ? Quantities.number(p.idleCommittedUnits()) : "", served(p), p.basis()));
        }
        if (pools.isEmpty()) {
            pdf.text("No pool is in the plan: no mix of these pools meets every tier (see the first page).");
        } else {
            pdf.table(new float[] {0.08f, 0.11f, 0.13f, 0.1f, 0.13f, 0.1f, 0.21f, 0.14f}, List.of("Pool", "Hardware",
                    "Units", "$ per unit-month", "$ per month", "Idle committed", "Tiers: share of tier, utilization",
                    "Basis"), pools, 7.5f);
        }
        List<List<String>> tiers = new ArrayList<>();
        for (TierAnswer t : answer.tiers()) {
            tiers.add(List.of(t.name(), t.usdPerMillionTokens() == null ? "n/a" : Wording.usd(t.usdPerMillionTokens()),
                    t.ttftP99Ms() == null ? "n/a" : Wording.ms(t.ttftP99Ms()),
                    t.tpotP99Ms() == null ? "n/a" : Wording.ms(t.tpotP99Ms()), t.slo(), t.sloMet() ? "met" : "missed",
                    String.join(", ", t.servedBy())));
        }
        pdf.table(new float[] {0.2f, 0.1f, 0.11f, 0.11f, 0.26f, 0.08f, 0.14f}, List.of("Tier", "$/M tokens",
                "TTFT p99", "TPOT p99", "SLO", "Met", "Served by"), tiers, 7.5f);
        if (!answer.vendorShares().isEmpty()) {
            pdf.chart((w, h) -> PortfolioCharts.vendorShares(answer.vendorShares(), w, h),
                    70 + 22 * answer.vendorShares().size());
        }
        pdf.heading("Binding constraints");
        if (answer.bindingConstraints().isEmpty()) {
            pdf.text(PortfolioXlsx.noBinding(answer));
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (Binding b : answer.bindingConstraints()) {
                rows.add(List.of(b.constraint(), b.description(), Wording.usd(b.usdPerMonth())));
            }
            pdf.table(new float[] {0.2f, 0.6f, 0.2f}, List.of("Constraint", "What it does", "Costs per month"), rows, 8);
        }
    }

    private static String served(PoolAnswer p) {
        return p.tiers().stream().map(PortfolioPdf::share).collect(Collectors.joining("; "));
    }

    private static String share(PoolTier t) {
        return t.tier() + ": " + Quantities.number(t.share() * 100) + "%, " + Quantities.number(t.utilization() * 100)
                + "%";
    }

    private void sensitivity() throws IOException {
        pdf.newPage();
        pdf.title("Why each tier goes where it does");
        for (TierAnswer t : answer.tiers()) {
            pdf.paragraph(t.name(), 10, true);
            pdf.paragraph(t.why(), 8.5f, false);
            pdf.space(4);
        }
        if (answer.spread() != null && !answer.spread().tornado().isEmpty()) {
            pdf.heading("Sensitivity of the monthly total");
            List<Swing> swings = answer.spread().tornado();
            pdf.chart((w, h) -> PortfolioCharts.tornado(answer.spread(), answer.totalUsdPerMonth(), w, h),
                    90 + 30 * swings.size());
            List<List<String>> rows = new ArrayList<>();
            for (Swing w : swings) {
                rows.add(List.of(w.input(), w.low(), w.high(), Wording.usd(w.usdPerMonthAtLow()),
                        Wording.usd(w.usdPerMonthAtHigh())));
            }
            pdf.table(new float[] {0.3f, 0.15f, 0.15f, 0.2f, 0.2f}, List.of("Input", "Low", "High", "Total per month"
                    + " at low", "Total per month at high"), rows, 8);
        }
    }
}
