package com.inferplan.backend.report;

import com.inferplan.backend.report.Report.AssumptionRow;
import com.inferplan.backend.report.Report.DealCashFlows;
import com.inferplan.backend.report.Report.Flow;
import com.inferplan.backend.report.Report.SourceRow;
import com.inferplan.backend.scenario.CandidateResult;
import com.inferplan.backend.scenario.CostFigures;
import com.inferplan.backend.scenario.CostFigures.Bin;
import com.inferplan.backend.scenario.CostFigures.Spread;
import com.inferplan.backend.scenario.CostFigures.Swing;
import com.inferplan.backend.scenario.Figure;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The workbook: Summary, Options, Assumptions, Cash flows, Sensitivity, Monte Carlo, Sources. Numbers are
 * numbers with formats; the Options sheet recomputes each option's $/M from the Assumptions sheet's named
 * key inputs ({@code O1_usdPerChipHour}, ...) with Excel formulas beside the app's own figures.
 */
public final class XlsxReport {

    static final String[] SHEETS = {"Summary", "Options", "Assumptions", "Cash flows", "Sensitivity", "Monte Carlo",
            "Sources"};
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final Report report;
    private final XSSFWorkbook wb = new XSSFWorkbook();
    private final XlsxCells cells = new XlsxCells(wb);
    private final XlsxStyles styles = cells.styles();

    private XlsxReport(Report report) {
        this.report = report;
    }

    public static void write(Report report, OutputStream out) throws IOException {
        XlsxReport x = new XlsxReport(report);
        try (x.wb) {
            x.summary();
            x.assumptions();
            x.options();
            x.cashFlows();
            x.sensitivity();
            x.monteCarlo();
            x.sources();
            x.cells.order(SHEETS);
            x.wb.write(out);
        }
    }

    /** Name of the workbook cell holding an option's key input, e.g. O2_utilization. */
    static String inputName(int option, String input) {
        return "O" + option + "_" + input;
    }

    private void summary() {
        Sheet s = cells.sheet("Summary", 22, 16, 22, 34, 9, 14, 12, 12, 11, 12, 12, 12, 12, 12, 10, 12);
        var c = report.context();
        cells.text(s, 0, 0, report.title()).setCellStyle(styles.title());
        cells.text(s, 1, 0, report.results().headline().answer());
        cells.text(s, 2, 0, report.results().headline().why());
        cells.text(s, 3, 0, "Model " + c.model() + "; prompts " + c.inputTokens() + " / answers " + c.outputTokens()
                + " tokens; SLO " + c.slo() + ".");
        cells.text(s, 4, 0, "Generated " + DATE.format(c.generatedAt()) + " by InferPlan " + c.appVersion()
                + ". Estimates are estimates: see the Assumptions sheet for each input's status.");
        int h = 6;
        cells.header(s, h, "Option", "Hardware", "Model", "Basis", "SLO met", "Tokens/s per user", "TTFT p99 (ms)",
                "TPOT p99 (ms)", "Units", "MW", "$/M tokens P10", "$/M tokens P50", "$/M tokens P90", "$/M tokens base",
                "Base at P", "$/M output base");
        int r = h + 1;
        for (CandidateResult o : report.options()) {
            Row row = s.createRow(r++);
            cells.text(row, 0, Report.optionLabel(o));
            cells.text(row, 1, o.hardwareName());
            cells.text(row, 2, o.model());
            cells.text(row, 3, o.cost() == null ? (o.fits() ? o.costReason() : o.reason()) : o.cost().basis());
            cells.text(row, 4, o.fits() ? (o.meetsSlo() ? "yes" : "no: " + o.latency().slo().explanation()) : "does not fit");
            if (o.fits()) {
                cells.number(row, 5, o.latency().tokensPerSecondPerUser().value(), styles.number());
                cells.number(row, 6, o.latency().ttftP99().value(), styles.number());
                cells.number(row, 7, o.latency().tpotP99().value(), styles.number());
                cells.number(row, 8, o.deployment().units().value(), styles.integer());
                if (o.deployment().megawatts() != null) {
                    cells.number(row, 9, o.deployment().megawatts().value(), styles.number());
                }
            }
            if (o.cost() != null) {
                Spread spread = o.cost().blendedSpread();
                cells.number(row, 10, spread.p10(), styles.usdPerMillion());
                cells.number(row, 11, spread.p50(), styles.usdPerMillion());
                cells.number(row, 12, spread.p90(), styles.usdPerMillion());
                cells.number(row, 13, o.cost().usdPerMillionBlendedTokens().value(), styles.usdPerMillion());
                cells.number(row, 14, spread.basePercentile(), styles.integer());
                cells.number(row, 15, o.cost().usdPerMillionOutputTokens().value(), styles.usdPerMillion());
            }
        }
        s.createFreezePane(1, h + 1);
    }

    private void options() {
        Sheet s = cells.sheet("Options", 30, 28, 14, 22, 70, 16);
        cells.header(s, 0, "Option", "Figure", "Value", "Unit", "Formula (the app's)", "Recomputed here");
        int r = 1;
        for (CandidateResult o : report.options()) {
            if (!o.fits()) {
                Row row = s.createRow(r++);
                cells.text(row, 0, Report.optionLabel(o));
                cells.text(row, 1, "does not fit");
                cells.text(row, 4, o.reason());
                continue;
            }
            r = figure(s, r, o, o.latency().tokensPerSecondPerUser(), styles.number(), null);
            r = figure(s, r, o, o.latency().ttftP99(), styles.number(), null);
            r = figure(s, r, o, o.latency().tpotP99(), styles.number(), null);
            r = figure(s, r, o, o.deployment().replicas(), styles.integer(), null);
            r = figure(s, r, o, o.deployment().units(), styles.integer(), null);
            CostFigures cost = o.cost();
            if (cost == null) {
                continue;
            }
            int n = o.index() + 1;
            String rate = inputName(n, "usdPerChipHour");
            String u = inputName(n, "utilization");
            String in = inputName(n, "inputTokens");
            String out = inputName(n, "outputTokens");
            String inRate = inputName(n, "inputTokensPerSecond");
            String outRate = inputName(n, "outputTokensPerSecond");
            r = figure(s, r, o, cost.usdPerChipHour(), styles.usd(), rate);
            r = figure(s, r, o, cost.utilization(), styles.percent(), u);
            r = figure(s, r, o, cost.usdPerMillionOutputTokens(), styles.usdPerMillion(),
                    rate + "/(3600*" + outRate + "*" + u + ")*10^6");
            r = figure(s, r, o, cost.usdPerMillionBlendedTokens(), styles.usdPerMillion(),
                    rate + "/(3600*" + u + ")*(" + in + "/" + inRate + "+" + out + "/" + outRate + ")/(" + in + "+" + out
                            + ")*10^6");
            Row input = s.createRow(r++);
            cells.text(input, 0, Report.optionLabel(o));
            cells.text(input, 1, "usdPerMillionInputTokens");
            cells.text(input, 3, "USD/M tokens");
            cells.text(input, 4, "usdPerMillionInputTokens = usdPerChipHour / (3600 · inputTokensPerSecond · utilization) · 1e6"
                    + " (input tokens pay their prefill share of chip time)");
            cells.formula(input, 5, rate + "/(3600*" + inRate + "*" + u + ")*10^6", styles.usdPerMillion());
        }
        s.createFreezePane(2, 1);
    }

    private int figure(Sheet s, int r, CandidateResult o, Figure f, CellStyle style, String formula) {
        Row row = s.createRow(r);
        cells.text(row, 0, Report.optionLabel(o));
        cells.text(row, 1, f.name());
        cells.number(row, 2, f.value(), style);
        cells.text(row, 3, f.unit() + (f.estimate() ? " (estimate)" : ""));
        cells.text(row, 4, f.formula());
        if (formula != null) {
            cells.formula(row, 5, formula, style);
        }
        return r + 1;
    }

    private void assumptions() {
        Sheet s = cells.sheet("Assumptions", 30, 24, 14, 30, 46, 12, 12, 12, 16, 50, 40, 11);
        cells.header(s, 0, "Option", "Input", "Value", "Unit", "Distribution", "P10", "Median", "P90", "Status", "Source",
                "URL", "Date");
        int r = 1;
        for (AssumptionRow a : report.assumptions()) {
            Row row = s.createRow(r);
            cells.text(row, 0, a.optionLabel());
            cells.text(row, 1, a.name());
            cells.number(row, 2, a.value(), styles.number());
            cells.text(row, 3, a.unit());
            cells.text(row, 4, a.distribution());
            cells.optional(row, 5, a.p10());
            cells.optional(row, 6, a.median());
            cells.optional(row, 7, a.p90());
            cells.text(row, 8, a.status());
            cells.text(row, 9, a.sourceTitle());
            cells.link(row, 10, a.sourceUrl());
            cells.text(row, 11, a.sourceDate());
            if (AssumptionRows.KEY_INPUTS.contains(a.name())) {
                cells.name(inputName(a.option(), a.name()), "Assumptions", "C", r + 1);
            }
            r++;
        }
        s.createFreezePane(2, 1);
    }

    private void cashFlows() {
        Sheet s = cells.sheet("Cash flows", 30, 40, 10, 8, 40, 18);
        cells.header(s, 0, "Option", "Deal", "Period kind", "Period", "Item", "USD paid");
        int r = 1;
        for (DealCashFlows d : report.cashFlows()) {
            r = flows(s, r, d, "year", d.yearly());
            r = flows(s, r, d, "month", d.monthly());
            Row npv = s.createRow(r++);
            cells.text(npv, 0, d.optionLabel());
            cells.text(npv, 1, d.deal());
            cells.text(npv, 4, "NPV against renting the used capacity on demand at " + Math.round(d.discountRate() * 100)
                    + "% a year, at " + Math.round(d.utilization() * 1000) / 10.0 + "% utilization");
            if (d.npvVersusOnDemandUsd() == null) {
                cells.text(npv, 5, "no on-demand price for this hardware");
            } else {
                cells.number(npv, 5, d.npvVersusOnDemandUsd(), styles.usd());
            }
        }
        if (report.cashFlows().isEmpty()) {
            cells.text(s, 1, 0, "No option is priced under a partner deal, so there are no committed payments.");
        }
        s.createFreezePane(0, 1);
    }

    private int flows(Sheet s, int r, DealCashFlows d, String kind, List<Flow> flows) {
        for (Flow f : flows) {
            Row row = s.createRow(r++);
            cells.text(row, 0, d.optionLabel());
            cells.text(row, 1, d.deal());
            cells.text(row, 2, kind);
            cells.number(row, 3, f.period(), styles.integer());
            cells.text(row, 4, f.item());
            cells.number(row, 5, f.usd(), styles.usd());
        }
        return r;
    }

    private void sensitivity() {
        Sheet s = cells.sheet("Sensitivity", 30, 26, 16, 16, 16, 16, 16, 14);
        cells.header(s, 0, "Option", "Input", "Unit", "Input at P10", "Input at P90", "$/M tokens at P10", "$/M tokens at P90",
                "Swing");
        int r = 1;
        for (CandidateResult o : priced()) {
            for (Swing w : o.cost().blendedSpread().tornado()) {
                Row row = s.createRow(r++);
                cells.text(row, 0, Report.optionLabel(o));
                cells.text(row, 1, Report.inputLabel(w.input()));
                cells.text(row, 2, w.unit());
                cells.number(row, 3, w.inputLow(), styles.number());
                cells.number(row, 4, w.inputHigh(), styles.number());
                cells.number(row, 5, w.atLow(), styles.usdPerMillion());
                cells.number(row, 6, w.atHigh(), styles.usdPerMillion());
                cells.number(row, 7, Math.abs(w.atHigh() - w.atLow()), styles.usdPerMillion());
            }
        }
        s.createFreezePane(2, 1);
    }

    private void monteCarlo() {
        Sheet s = cells.sheet("Monte Carlo", 30, 10, 10, 14, 14, 14, 14, 10, 90);
        cells.header(s, 0, "Option", "Draws", "Seed", "P10 $/M", "P50 $/M", "P90 $/M", "Base $/M", "Base at P", "Why the base"
                + " is where it is");
        int r = 1;
        for (CandidateResult o : priced()) {
            Spread sp = o.cost().blendedSpread();
            Row row = s.createRow(r++);
            cells.text(row, 0, Report.optionLabel(o));
            cells.number(row, 1, sp.draws(), styles.integer());
            cells.number(row, 2, sp.seed(), styles.integer());
            cells.number(row, 3, sp.p10(), styles.usdPerMillion());
            cells.number(row, 4, sp.p50(), styles.usdPerMillion());
            cells.number(row, 5, sp.p90(), styles.usdPerMillion());
            cells.number(row, 6, o.cost().usdPerMillionBlendedTokens().value(), styles.usdPerMillion());
            cells.number(row, 7, sp.basePercentile(), styles.integer());
            cells.text(row, 8, sp.baseNote() == null ? "every uncertain input is at its median" : sp.baseNote());
        }
        r++;
        cells.header(s, r++, "Option", "Bin", "", "From $/M", "To $/M", "Draws");
        for (CandidateResult o : priced()) {
            int bin = 1;
            for (Bin b : o.cost().blendedSpread().histogram()) {
                Row row = s.createRow(r++);
                cells.text(row, 0, Report.optionLabel(o));
                cells.number(row, 1, bin++, styles.integer());
                cells.number(row, 3, b.lower(), styles.usdPerMillion());
                cells.number(row, 4, b.upper(), styles.usdPerMillion());
                cells.number(row, 5, b.count(), styles.integer());
            }
        }
        s.createFreezePane(1, 1);
    }

    private void sources() {
        Sheet s = cells.sheet("Sources", 30, 70, 50, 12, 18);
        cells.header(s, 0, "Option", "Title", "URL", "Published", "Status");
        int r = 1;
        for (SourceRow src : report.sources()) {
            Row row = s.createRow(r++);
            cells.text(row, 0, src.optionLabel());
            cells.text(row, 1, src.title());
            cells.link(row, 2, src.url());
            cells.text(row, 3, src.published());
            cells.text(row, 4, src.status());
        }
        Row engine = s.createRow(r);
        cells.text(engine, 0, "All options");
        cells.text(engine, 1, AssumptionRows.ENGINE + ": tokens/s, latency, replicas and utilization are predictions"
                + " (docs/decisions/0700, 0702, 0705).");
        s.createFreezePane(0, 1);
    }

    private List<CandidateResult> priced() {
        return report.options().stream().filter(o -> o.cost() != null).toList();
    }
}
