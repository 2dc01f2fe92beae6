package com.inferplan.backend.report;

import com.inferplan.backend.portfolio.PortfolioAnswer;
import com.inferplan.backend.portfolio.PortfolioAnswer.Binding;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The portfolio workbook: writes its Summary (the total recomputed as the sum of the pools) and Binding
 * constraints, with {@link PortfolioXlsxPlan} for Pools and Tiers and {@link PortfolioXlsxDetail} for
 * Capacities, Tornado, Assumptions and Sources; numbers are numbers with formats, headers frozen.
 */
public final class PortfolioXlsx {

    static final String[] SHEETS = {"Summary", "Pools", "Tiers", "Binding constraints", "Capacities", "Tornado",
            "Assumptions", "Sources"};

    private final PortfolioReport report;
    private final PortfolioAnswer answer;
    private final XlsxCells cells;
    private final XlsxStyles styles;

    private PortfolioXlsx(PortfolioReport report, XlsxCells cells) {
        this.report = report;
        this.answer = report.answer();
        this.cells = cells;
        this.styles = cells.styles();
    }

    public static void write(PortfolioReport report, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XlsxCells cells = new XlsxCells(wb);
            PortfolioXlsxDetail detail = new PortfolioXlsxDetail(report, cells);
            detail.assumptions(); // first: the plan sheets' formulas use its names
            PortfolioXlsx x = new PortfolioXlsx(report, cells);
            PortfolioXlsxPlan plan = new PortfolioXlsxPlan(report, cells);
            int pools = plan.pools();
            x.summary(pools);
            plan.tiers();
            x.binding();
            detail.capacities();
            detail.tornado();
            detail.sources();
            cells.order(SHEETS);
            wb.write(out);
        }
    }

    private void summary(int poolRows) {
        Sheet s = cells.sheet("Summary", 34, 18, 18, 60);
        cells.text(s, 0, 0, report.title()).setCellStyle(styles.title());
        cells.text(s, 1, 0, report.headline());
        cells.text(s, 2, 0, "Generated " + XlsxReport.DATE.format(report.generatedAt()) + " by InferPlan "
                + report.appVersion() + ". Estimates are estimates: see the Assumptions sheet for every input.");
        cells.header(s, 4, "Figure", "Value", "Recomputed here", "How");
        Row feasible = s.createRow(5);
        cells.text(feasible, 0, "feasible");
        cells.text(feasible, 1, answer.feasible() ? "yes" : "no");
        cells.text(feasible, 3, answer.feasible() ? "every tier's peak demand is met within its SLO"
                : String.join(" ", answer.infeasibility()));
        // an infeasible plan has no cost: its zeros would read as a free fleet
        boolean f = answer.feasible();
        figure(s, 6, "totalUsdPerMonth", f ? answer.totalUsdPerMonth() : null, styles.usd(),
                "sum of the pools' $/month (take-or-pay commitments included)");
        if (poolRows > 0) {
            cells.formula(s.getRow(6), 2, "SUM('Pools'!I2:I" + (poolRows + 1) + ")", styles.usd());
        }
        int r = figure(s, 7, "blendedUsdPerMillionTokens", f ? answer.blendedUsdPerMillionTokens() : null,
                styles.usdPerMillion(), "total $/month ÷ all tiers' tokens per month × 1e6");
        r = figure(s, r, "megawatts", answer.megawatts(), styles.number(), "units × kW per unit × PUE ÷ 1000");
        var spread = answer.spread();
        r = figure(s, r, "totalUsdPerMonth P10", spread == null ? null : spread.p10(), styles.usd(), spreadHow());
        r = figure(s, r, "totalUsdPerMonth P50", spread == null ? null : spread.p50(), styles.usd(), spreadHow());
        r = figure(s, r, "totalUsdPerMonth P90", spread == null ? null : spread.p90(), styles.usd(), spreadHow());
        for (Map.Entry<String, Double> v : answer.vendorShares().entrySet()) {
            Row row = s.createRow(r++);
            cells.text(row, 0, "spend share: " + v.getKey());
            cells.number(row, 1, v.getValue(), styles.percent());
        }
        for (String note : answer.notes()) {
            cells.text(s, r++, 0, "Note: " + note);
        }
        s.createFreezePane(1, 5);
    }

    private String spreadHow() {
        return answer.spread() == null ? "no spread: the portfolio is not feasible"
                : "units fixed, " + answer.spread().draws() + " seeded draws over each pool's price spread";
    }

    private int figure(Sheet s, int r, String name, Double value, CellStyle style,
                       String how) {
        Row row = s.createRow(r);
        cells.text(row, 0, name);
        if (value == null) {
            cells.text(row, 1, answer.feasible() ? "n/a" : "n/a: not feasible");
        } else {
            cells.number(row, 1, value, style);
        }
        cells.text(row, 3, how);
        return r + 1;
    }

    /** Why the binding list is empty: nothing binds the optimum, or there is no optimum. */
    static String noBinding(PortfolioAnswer answer) {
        return answer.feasible() ? "No constraint binds: the cheapest mix keeps every limit with room to spare."
                : "No plan, so nothing binds: the portfolio is not feasible (see the Summary's reasons).";
    }

    private void binding() {
        Sheet s = cells.sheet("Binding constraints", 24, 90, 18);
        cells.header(s, 0, "Constraint", "What it does", "Costs $/month");
        int r = 1;
        for (Binding b : answer.bindingConstraints()) {
            Row row = s.createRow(r++);
            cells.text(row, 0, b.constraint());
            cells.text(row, 1, b.description());
            cells.number(row, 2, b.usdPerMonth(), styles.usd());
        }
        if (answer.bindingConstraints().isEmpty()) {
            cells.text(s, 1, 0, noBinding(answer));
        }
        s.createFreezePane(0, 1);
    }
}
