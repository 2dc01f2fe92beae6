package com.inferplan.backend.report;

import com.inferplan.backend.portfolio.PortfolioAnswer;
import com.inferplan.backend.portfolio.PortfolioAnswer.CapacityCell;
import com.inferplan.backend.portfolio.PortfolioAnswer.Swing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The portfolio workbook's evidence sheets: Capacities (every pool × tier cell with its reason), Tornado,
 * Assumptions (every input of the spec, key inputs named) and Sources (each pool's, with its status).
 */
final class PortfolioXlsxDetail {

    private final PortfolioReport report;
    private final PortfolioAnswer answer;
    private final XlsxCells cells;
    private final XlsxStyles styles;

    PortfolioXlsxDetail(PortfolioReport report, XlsxCells cells) {
        this.report = report;
        this.answer = report.answer();
        this.cells = cells;
        this.styles = cells.styles();
    }

    void capacities() {
        Sheet s = cells.sheet("Capacities", 14, 20, 8, 12, 18, 14, 18, 12, 12, 16, 70);
        cells.header(s, 0, "Pool", "Tier", "Served", "Chips/replica", "Layout", "Units/replica",
                "Tokens/s per replica", "TTFT p99 (ms)", "TPOT p99 (ms)", "Unit $/M tokens", "Reason");
        int r = 1;
        for (CapacityCell c : answer.capacities()) {
            Row row = s.createRow(r++);
            cells.text(row, 0, c.pool());
            cells.text(row, 1, c.tier());
            cells.text(row, 2, c.served() ? "yes" : "no");
            if (c.served()) {
                cells.number(row, 3, c.chipsPerReplica(), styles.integer());
                cells.text(row, 4, c.layout());
                cells.number(row, 5, c.unitsPerReplica(), styles.number());
                cells.number(row, 6, c.tokensPerSecondPerReplica(), styles.number());
            }
            cells.optional(row, 7, c.ttftP99Ms());
            cells.optional(row, 8, c.tpotP99Ms());
            cells.optional(row, 9, c.unitUsdPerMillionTokens(), styles.usdPerMillion());
            cells.text(row, 10, c.reason());
        }
        s.createFreezePane(2, 1);
    }

    void tornado() {
        Sheet s = cells.sheet("Tornado", 40, 16, 16, 18, 18, 16);
        cells.header(s, 0, "Input", "Low", "High", "Total $/month at low", "Total $/month at high", "Swing $/month");
        int r = 1;
        if (answer.spread() == null) {
            cells.text(s, 1, 0, "No tornado: the portfolio is not feasible.");
            return;
        }
        for (Swing w : answer.spread().tornado()) {
            Row row = s.createRow(r++);
            cells.text(row, 0, w.input());
            cells.text(row, 1, w.low());
            cells.text(row, 2, w.high());
            cells.number(row, 3, w.usdPerMonthAtLow(), styles.usd());
            cells.number(row, 4, w.usdPerMonthAtHigh(), styles.usd());
            cells.formula(row, 5, "ABS(E" + r + "-D" + r + ")", styles.usd());
        }
        s.createFreezePane(1, 1);
    }

    void assumptions() {
        Sheet s = cells.sheet("Assumptions", 26, 22, 16, 30, 22, 50, 26);
        cells.header(s, 0, "Scope", "Input", "Value", "Value (text)", "Unit", "Status", "Workbook name");
        int r = 1;
        for (PortfolioInputs.Row a : report.inputs()) {
            Row row = s.createRow(r++);
            cells.text(row, 0, a.scope());
            cells.text(row, 1, a.input());
            if (a.number() != null) {
                // whole inputs (tokens, units, percentiles) read as whole numbers, not 800.000
                cells.number(row, 2, a.number(), a.number() == Math.rint(a.number()) ? styles.integer() : styles.number());
            }
            cells.text(row, 3, a.text());
            cells.text(row, 4, a.unit());
            cells.text(row, 5, a.status());
            if (a.name() != null) {
                cells.text(row, 6, a.name());
                cells.name(a.name(), "Assumptions", "C", r);
            }
        }
        s.createFreezePane(2, 1);
    }

    void sources() {
        Sheet s = cells.sheet("Sources", 14, 70, 50, 12, 18);
        cells.header(s, 0, "Pool", "Title", "URL", "Published", "Status");
        int r = 1;
        for (PortfolioReport.PoolSource src : report.sources()) {
            Row row = s.createRow(r++);
            cells.text(row, 0, src.pool());
            cells.text(row, 1, src.title());
            cells.link(row, 2, src.url());
            cells.text(row, 3, src.published());
            cells.text(row, 4, src.status());
        }
        Row engine = s.createRow(r);
        cells.text(engine, 0, "All pools");
        cells.text(engine, 1, PortfolioReport.ENGINE + ".");
        cells.text(engine, 4, "model estimate");
        s.createFreezePane(0, 1);
    }
}
