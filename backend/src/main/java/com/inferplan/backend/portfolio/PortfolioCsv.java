package com.inferplan.backend.portfolio;

import com.inferplan.backend.portfolio.PortfolioAnswer.PoolAnswer;
import com.inferplan.backend.portfolio.PortfolioAnswer.PoolTier;
import com.inferplan.backend.portfolio.PortfolioAnswer.TierAnswer;
import com.inferplan.backend.report.AppVersion;
import com.inferplan.backend.report.CsvTable;
import java.util.List;

/**
 * A portfolio answer as one CSV table, a row per pool and tier it serves and a row per tier, each with the
 * context a spreadsheet needs on its own (feasible, total, app version), for the CLI, REST and the view.
 */
public final class PortfolioCsv {

    private static final List<String> HEADER = List.of("row", "id", "name", "hardware", "vendor", "units", "unit",
            "usdPerMonth", "tier", "share", "utilization", "usdPerMillionTokens", "ttftP99Ms", "tpotP99Ms", "sloMet",
            "feasible", "totalUsdPerMonth", "appVersion");

    private PortfolioCsv() {
    }

    public static CsvTable of(PortfolioAnswer answer) {
        CsvTable table = new CsvTable(HEADER);
        for (PoolAnswer p : answer.pools()) {
            if (p.tiers().isEmpty()) {
                table.row(poolRow(answer, p, null));
            }
            p.tiers().forEach(t -> table.row(poolRow(answer, p, t)));
        }
        for (TierAnswer t : answer.tiers()) {
            table.row(List.of("tier", t.id(), t.name(), "", "", "", "", CsvTable.number(t.usdPerMonth()), t.id(), "", "",
                    CsvTable.number(t.usdPerMillionTokens()), CsvTable.number(t.ttftP99Ms()),
                    CsvTable.number(t.tpotP99Ms()), Boolean.toString(t.sloMet()), context(answer).get(0),
                    context(answer).get(1), context(answer).get(2)));
        }
        return table;
    }

    private static List<String> poolRow(PortfolioAnswer answer, PoolAnswer p, PoolTier t) {
        List<String> context = context(answer);
        return List.of("pool", p.id(), p.name(), p.hardware(), p.vendor(), CsvTable.number(p.units()), p.unitName(),
                CsvTable.number(p.usdPerMonth()), t == null ? "" : t.tier(), t == null ? "" : CsvTable.number(t.share()),
                t == null ? "" : CsvTable.number(t.utilization()), "", "", "", "", context.get(0), context.get(1),
                context.get(2));
    }

    private static List<String> context(PortfolioAnswer answer) {
        return List.of(Boolean.toString(answer.feasible()), CsvTable.number(answer.totalUsdPerMonth()),
                AppVersion.current());
    }
}
