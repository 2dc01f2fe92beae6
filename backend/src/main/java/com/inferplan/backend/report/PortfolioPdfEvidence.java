package com.inferplan.backend.report;

import com.inferplan.backend.support.Quantities;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** The board pack's closing pages: every input of the portfolio, the pools' sources, what is estimated. */
final class PortfolioPdfEvidence {

    private final PortfolioReport report;
    private final PdfCanvas pdf;

    PortfolioPdfEvidence(PortfolioReport report, PdfCanvas pdf) {
        this.report = report;
        this.pdf = pdf;
    }

    void write() throws IOException {
        assumptions();
        sources();
        pdf.bullets("Estimates are estimates", List.of(EstimateNotes.ENGINE, EstimateNotes.DEAL_TERMS,
                "Each pool is sized in whole units for each tier's peak hour and paid every hour of the month;"
                        + " idle capacity and idle committed units are in the price.",
                "A pool's capacity for a tier is the highest load its serving simulation keeps within the tier's SLO;"
                        + " the plan runs each pool at or below that load, so the p99 latencies shown are those at"
                        + " that highest load.",
                EstimateNotes.SEEDED.formatted("portfolio")));
    }

    private void assumptions() throws IOException {
        pdf.newPage();
        pdf.title("Assumptions");
        pdf.text("Every input of the portfolio as given, and each pool's price per unit-month as priced from its"
                + " basis (see Sources).");
        pdf.space(4);
        List<List<String>> rows = new ArrayList<>();
        for (PortfolioInputs.Row a : report.inputs()) {
            rows.add(List.of(a.scope(), a.input(), a.number() == null ? a.text() : number(a.number()), a.unit(),
                    a.status()));
        }
        pdf.table(new float[] {0.19f, 0.22f, 0.18f, 0.14f, 0.27f}, List.of("Scope", "Input", "Value", "Unit", "Status"),
                rows, 7.5f);
    }

    /** Whole numbers without decimals (1,000,000,000 tokens/day), others to four significant digits. */
    static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.format(Locale.ROOT, "%,.0f", value)
                : Quantities.number(value);
    }

    private void sources() throws IOException {
        pdf.heading("Sources");
        List<List<String>> rows = new ArrayList<>();
        for (PortfolioReport.PoolSource s : report.sources()) {
            rows.add(List.of(s.pool(), s.title(), Objects.requireNonNullElse(s.url(), "(no URL)"),
                    Objects.requireNonNullElse(s.published(), ""), s.status()));
        }
        rows.add(List.of("all pools", PortfolioReport.ENGINE, "docs/decisions/0902, 0903", "", "model estimate"));
        pdf.table(new float[] {0.1f, 0.4f, 0.25f, 0.1f, 0.15f}, List.of("Pool", "Title", "URL", "Published", "Status"),
                rows, 7.5f);
    }
}
