package com.inferplan.backend.report;

import com.inferplan.backend.portfolio.PortfolioAnswer;
import com.inferplan.backend.portfolio.PortfolioAnswer.Binding;
import com.inferplan.backend.portfolio.PortfolioAnswer.PoolAnswer;
import com.inferplan.backend.portfolio.PortfolioAnswer.PoolTier;
import com.inferplan.backend.portfolio.PortfolioAnswer.TierAnswer;
import com.inferplan.backend.portfolio.PortfolioPool;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The portfolio workbook's plan sheets: Summary, Pools (with the tiers each serves), Tiers and Binding
 * constraints; {@link PortfolioXlsxDetail} writes Capacities, Tornado, Assumptions and Sources. Pools
 * without a commitment recompute $/month = units × the named $/unit-month; tiers recompute $/M tokens;
 * the Summary recomputes the total as the sum of the pools.
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
            int pools = x.pools();
            x.summary(pools);
            x.tiers();
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

    private int figure(Sheet s, int r, String name, Double value, org.apache.poi.ss.usermodel.CellStyle style,
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

    /** @return how many pool rows the sheet has (rows 2 to n + 1) */
    private int pools() {
        Sheet s = cells.sheet("Pools", 14, 34, 22, 12, 9, 16, 9, 16, 16, 16, 12, 10, 40);
        cells.header(s, 0, "Pool", "Name", "Hardware", "Vendor", "Units", "Unit", "Chips/unit", "$/unit-month",
                "$/month", "$/month recomputed", "Idle committed units", "MW", "Basis");
        int r = 1;
        for (PoolAnswer p : answer.pools()) {
            Row row = s.createRow(r++);
            cells.text(row, 0, p.id());
            cells.text(row, 1, p.name());
            cells.text(row, 2, p.hardwareName());
            cells.text(row, 3, p.vendor());
            cells.number(row, 4, p.units(), styles.integer());
            cells.text(row, 5, p.unitName());
            cells.number(row, 6, p.chipsPerUnit(), styles.integer());
            cells.number(row, 7, p.usdPerUnitMonth(), styles.usd());
            cells.number(row, 8, p.usdPerMonth(), styles.usd());
            if (committed(p.id())) {
                cells.text(row, 9, "take-or-pay: committed units are paid whether used or not");
            } else {
                cells.formula(row, 9, "E" + r + "*" + poolKey(p.id()) + "_usdPerUnitMonth", styles.usd());
            }
            cells.number(row, 10, p.idleCommittedUnits(), styles.number());
            cells.optional(row, 11, p.megawatts());
            cells.text(row, 12, p.basis());
        }
        int pools = r - 1;
        r++;
        cells.header(s, r++, "Pool", "Tier served", "Replicas", "Share of tier", "Utilization");
        for (PoolAnswer p : answer.pools()) {
            for (PoolTier t : p.tiers()) {
                Row row = s.createRow(r++);
                cells.text(row, 0, p.id());
                cells.text(row, 1, t.tier());
                cells.number(row, 2, t.replicas(), styles.integer());
                cells.number(row, 3, t.share(), styles.percent());
                cells.number(row, 4, t.utilization(), styles.percent());
            }
        }
        s.createFreezePane(1, 1);
        return pools;
    }

    private boolean committed(String poolId) {
        return report.portfolio().pools().stream().filter(p -> p.id().equals(poolId)).map(PortfolioPool::committedUnits)
                .anyMatch(c -> c != null && c > 0);
    }

    /** "P3": the pool's place in the spec, as its Assumptions names are built. */
    private String poolKey(String poolId) {
        List<PortfolioPool> spec = report.portfolio().pools();
        for (int i = 0; i < spec.size(); i++) {
            if (spec.get(i).id().equals(poolId)) {
                return "P" + (i + 1);
            }
        }
        throw new IllegalStateException("pool " + poolId + " is in the answer but not in the portfolio");
    }

    private void tiers() {
        Sheet s = cells.sheet("Tiers", 20, 30, 20, 14, 16, 16, 14, 16, 12, 12, 40, 8, 24, 90);
        cells.header(s, 0, "Tier", "Name", "Model", "Peak tokens/s", "Tokens/month", "$/month", "$/M tokens",
                "$/M recomputed", "TTFT p99 (ms)", "TPOT p99 (ms)", "SLO", "Met", "Served by", "Why");
        int r = 1;
        for (TierAnswer t : answer.tiers()) {
            Row row = s.createRow(r++);
            cells.text(row, 0, t.id());
            cells.text(row, 1, t.name());
            cells.text(row, 2, t.model());
            cells.number(row, 3, t.peakTokensPerSecond(), styles.number());
            cells.number(row, 4, t.tokensPerMonth(), styles.integer());
            cells.optional(row, 5, t.usdPerMillionTokens() == null ? null : t.usdPerMonth(), styles.usd());
            cells.optional(row, 6, t.usdPerMillionTokens(), styles.usdPerMillion());
            if (t.usdPerMillionTokens() != null) {
                cells.formula(row, 7, "F" + r + "/E" + r + "*10^6", styles.usdPerMillion());
            }
            cells.optional(row, 8, t.ttftP99Ms());
            cells.optional(row, 9, t.tpotP99Ms());
            cells.text(row, 10, t.slo());
            cells.text(row, 11, t.sloMet() ? "yes" : "no");
            cells.text(row, 12, String.join(", ", t.servedBy()));
            cells.text(row, 13, t.why());
        }
        s.createFreezePane(1, 1);
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
