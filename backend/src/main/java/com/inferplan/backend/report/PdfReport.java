package com.inferplan.backend.report;

import com.inferplan.backend.report.Report.AssumptionRow;
import com.inferplan.backend.report.Report.DealCashFlows;
import com.inferplan.backend.report.Report.SourceRow;
import com.inferplan.backend.scenario.CandidateResult;
import com.inferplan.backend.scenario.CostFigures;
import com.inferplan.backend.scenario.CostFigures.Spread;
import com.inferplan.backend.scenario.DeploymentFigures;
import com.inferplan.backend.scenario.LatencyFigures;
import com.inferplan.backend.scenario.Wording;
import com.inferplan.backend.support.Quantities;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The board pack: a title page with the headline, the date and every option's cost range; a page per
 * option (deployment, latency, cost with its P10–P90 and base case, tornado, notes); the assumptions;
 * the sources; and what is estimated. A4 or Letter.
 */
public final class PdfReport {

    private final Report report;
    private final PdfCanvas pdf;

    private PdfReport(Report report, Paper paper) {
        this.report = report;
        this.pdf = new PdfCanvas(paper.size(), report.context().scenarioName() + " · InferPlan "
                + report.context().appVersion() + " · " + PdfCanvas.DATE.format(report.context().generatedAt())
                + " · estimates are estimates");
    }

    public static void write(Report report, Paper paper, OutputStream out) throws IOException {
        PdfReport r = new PdfReport(report, paper);
        try (r.pdf) {
            r.titlePage();
            for (CandidateResult option : report.options()) {
                r.optionPage(option);
            }
            r.assumptions();
            r.sources();
            r.estimateNotes();
            r.pdf.finish().save(out);
        }
    }

    private void titlePage() throws IOException {
        var c = report.context();
        pdf.newPage();
        pdf.title("Board pack: " + c.scenarioName());
        pdf.text(PdfCanvas.DATE.format(c.generatedAt()) + " · InferPlan " + c.appVersion());
        pdf.space(10);
        pdf.paragraph(report.results().headline().answer(), 14, true);
        pdf.space(4);
        pdf.text(report.results().headline().why());
        pdf.space(6);
        pdf.text("Workload: model " + c.model() + ", prompts of " + c.inputTokens() + " and answers of "
                + c.outputTokens() + " tokens on average; SLO " + c.slo() + ".");
        pdf.heading("Options");
        List<List<String>> rows = new ArrayList<>();
        for (CandidateResult o : report.options()) {
            CostFigures cost = o.cost();
            Spread s = cost == null ? null : cost.blendedSpread();
            rows.add(List.of(Integer.toString(o.index() + 1), o.label(true),
                    o.fits() ? (o.meetsSlo() ? "met" : "missed") : "does not fit",
                    o.fits() ? Wording.rate(o.latency().tokensPerSecondPerUser().value()) : "",
                    s == null ? "no price" : Wording.usd(s.p10()), s == null ? "" : Wording.usd(s.p50()),
                    s == null ? "" : Wording.usd(s.p90()),
                    s == null ? "" : Wording.usd(cost.usdPerMillionBlendedTokens().value()) + " (P"
                            + Math.round(s.basePercentile()) + ")"));
        }
        pdf.table(new float[] {0.05f, 0.37f, 0.1f, 0.1f, 0.09f, 0.09f, 0.09f, 0.11f},
                List.of("#", "Option", "SLO", "tok/s per user", "$/M P10", "$/M P50", "$/M P90", "$/M base"), rows, 8.5f);
        List<CandidateResult> priced = report.options().stream().filter(o -> o.cost() != null).toList();
        if (!priced.isEmpty()) {
            pdf.chart((w, h) -> ReportCharts.costRanges(priced, w, h), 260);
        }
        pdf.paragraph("$/M tokens is USD per million tokens, input and output together, for a fleet sized for the"
                + " peak and paid around the clock. P10–P90 comes from Monte Carlo over every uncertain input,"
                + " the performance model's error included; \"base\" is the figure at each input's stated value,"
                + " with where it falls in its own range (P-value).", 8.5f, false);
    }

    private void optionPage(CandidateResult o) throws IOException {
        pdf.newPage();
        pdf.title(Report.optionLabel(o));
        if (!o.fits()) {
            pdf.text("Does not fit: " + o.reason());
            return;
        }
        DeploymentFigures d = o.deployment();
        LatencyFigures l = o.latency();
        pdf.heading("Deployment");
        long replicas = Math.round(d.replicas().value());
        pdf.text(d.chipsPerReplica() + (d.chipsPerReplica() == 1 ? " chip" : " chips") + " per replica (" + d.layout()
                + "), " + Wording.count(replicas) + (replicas == 1 ? " replica, " : " replicas, ")
                + Wording.units(d.units().value(), d.unitName())
                + (d.megawatts() == null ? "; power: " + d.megawattsReason()
                : ", " + Wording.megawatts(d.megawatts().value()) + "."));
        pdf.heading("Speed under load (model estimate)");
        pdf.text(Wording.rate(l.tokensPerSecondPerUser().value()) + " tokens/s per user; TTFT p50 "
                + Wording.ms(l.ttftP50().value()) + ", p99 " + Wording.ms(l.ttftP99().value()) + "; TPOT p50 "
                + Wording.ms(l.tpotP50().value()) + ", p99 " + Wording.ms(l.tpotP99().value()) + ".");
        pdf.text("SLO " + (l.slo().met() ? "met" : "missed") + ": " + l.slo().explanation() + ".");
        CostFigures cost = o.cost();
        if (cost == null) {
            pdf.heading("Cost");
            pdf.text(o.costReason());
            notes(o.notes());
            return;
        }
        Spread s = cost.blendedSpread();
        pdf.heading("Cost: " + cost.basis());
        pdf.table(new float[] {0.38f, 0.22f, 0.4f}, List.of("Figure", "Value", "How"), List.of(
                List.of("Paid per chip-hour at this utilization", Wording.usd(cost.usdPerChipHour().value()),
                        cost.usdPerChipHour().formula()),
                List.of("Utilization of the fleet", Quantities.number(cost.utilization().value() * 100) + "%",
                        cost.utilization().formula()),
                List.of("$/M output tokens (base)", Wording.usd(cost.usdPerMillionOutputTokens().value()),
                        "all decode chip time; input pays its prefill share"),
                List.of("$/M tokens, input + output (base)", Wording.usd(cost.usdPerMillionBlendedTokens().value()),
                        "base at P" + Math.round(s.basePercentile()) + " of its range"),
                List.of("$/M tokens P10 / P50 / P90", Wording.usd(s.p10()) + " / " + Wording.usd(s.p50()) + " / "
                        + Wording.usd(s.p90()), s.draws() + " draws, seed " + s.seed() + ", over "
                        + String.join(", ", s.uncertainInputs().stream().map(Report::inputLabel).toList()))), 8.5f);
        if (s.baseNote() != null) {
            pdf.paragraph(s.baseNote(), 8.5f, false);
        }
        Optional<DealCashFlows> deal = report.cashFlows().stream().filter(f -> f.option() == o.index() + 1).findFirst();
        if (deal.isPresent()) {
            pdf.space(4);
            dealLine(deal.get());
        }
        if (!s.tornado().isEmpty()) {
            pdf.chart((w, h) -> ReportCharts.tornado(o, w, h), 200);
        }
        List<String> notes = new ArrayList<>(cost.notes());
        notes.addAll(o.notes());
        notes(notes);
    }

    private void dealLine(DealCashFlows d) throws IOException {
        double total = d.yearly().stream().mapToDouble(Report.Flow::usd).sum();
        pdf.text("Deal payments at " + Quantities.number(d.utilization() * 100) + "% utilization: "
                    + Wording.usd(total / 1e9) + " B over " + d.yearly().stream().mapToInt(Report.Flow::period).max()
                    .orElse(0) + " years" + (d.npvVersusOnDemandUsd() == null ? "."
                    : "; NPV against renting on demand " + Wording.usd(d.npvVersusOnDemandUsd() / 1e6) + " M at "
                    + Quantities.number(d.discountRate() * 100) + "%."));
    }

    private void notes(List<String> notes) throws IOException {
        pdf.bullets("Notes", notes);
    }

    private void assumptions() throws IOException {
        pdf.newPage();
        pdf.title("Assumptions");
        pdf.text("Every input behind each option's cost, with its status: input (stated in the scenario),"
                + " vendor-published, reported, or an estimate kind (estimate, derived, assumed, model estimate).");
        pdf.space(4);
        List<List<String>> rows = new ArrayList<>();
        for (AssumptionRow a : report.assumptions()) {
            rows.add(List.of(Integer.toString(a.option()), a.name(), Quantities.count(a.value()), a.unit(),
                    a.distribution(), a.status(), sourceRefs(a), Objects.requireNonNullElse(a.sourceDate(), "")));
        }
        pdf.table(new float[] {0.04f, 0.21f, 0.09f, 0.15f, 0.19f, 0.13f, 0.1f, 0.09f},
                List.of("#", "Input", "Value", "Unit", "Spread", "Status", "Source", "Date"), rows, 7f);
    }

    /** "[3] [4]": the option's rows in the Sources table; "engine" or "scenario" for figures that are not priced inputs. */
    private String sourceRefs(AssumptionRow a) {
        if (a.sourceTitle().equals(AssumptionRows.ENGINE)) {
            return "engine";
        }
        if (a.sourceTitle().equals(AssumptionRows.WORKLOAD)) {
            return "scenario";
        }
        List<String> refs = new ArrayList<>();
        List<SourceRow> all = report.sources();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).option() == a.option()) {
                refs.add("[" + (i + 1) + "]");
            }
        }
        return String.join(" ", refs);
    }

    private void sources() throws IOException {
        pdf.heading("Sources");
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < report.sources().size(); i++) {
            SourceRow s = report.sources().get(i);
            rows.add(List.of("[" + (i + 1) + "] " + s.option(), s.title(), Objects.requireNonNullElse(s.url(), "(no URL)"),
                    Objects.requireNonNullElse(s.published(), ""), s.status()));
        }
        rows.add(List.of("engine", AssumptionRows.ENGINE, "docs/decisions/0700, 0702, 0705", "", "model estimate"));
        pdf.table(new float[] {0.08f, 0.4f, 0.27f, 0.1f, 0.15f}, List.of("Ref, option", "Title", "URL", "Published",
                        "Status"),
                rows, 7.5f);
    }

    private void estimateNotes() throws IOException {
        pdf.bullets("Estimates are estimates", List.of(EstimateNotes.ENGINE, EstimateNotes.DEAL_TERMS,
                "Fleets are sized for the peak demand and paid every hour; idle capacity is in the price.",
                EstimateNotes.SEEDED.formatted("scenario")));
    }
}
