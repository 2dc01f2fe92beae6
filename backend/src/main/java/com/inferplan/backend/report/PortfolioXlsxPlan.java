package com.inferplan.backend.report;

import com.inferplan.backend.portfolio.PortfolioAnswer;
import com.inferplan.backend.portfolio.PortfolioAnswer.PoolAnswer;
import com.inferplan.backend.portfolio.PortfolioAnswer.PoolTier;
import com.inferplan.backend.portfolio.PortfolioAnswer.TierAnswer;
import com.inferplan.backend.portfolio.PortfolioPool;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The portfolio workbook's Pools sheet (with the tiers each pool serves) and Tiers sheet. Pools without a
 * commitment recompute $/month = units × the Assumptions sheet's named $/unit-month; tiers recompute
 * $/M tokens = $/month ÷ tokens/month × 10⁶.
 */
final class PortfolioXlsxPlan {

    private final PortfolioReport report;
    private final PortfolioAnswer answer;
    private final XlsxCells cells;
    private final XlsxStyles styles;

    PortfolioXlsxPlan(PortfolioReport report, XlsxCells cells) {
        this.report = report;
        this.answer = report.answer();
        this.cells = cells;
        this.styles = cells.styles();
    }

    /** @return how many pool rows the sheet has (rows 2 to n + 1) */
    int pools() {
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

    void tiers() {
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
}
