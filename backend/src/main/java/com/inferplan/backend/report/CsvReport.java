package com.inferplan.backend.report;

import com.inferplan.backend.report.Report.ReportContext;
import com.inferplan.backend.scenario.CandidateResult;
import com.inferplan.backend.scenario.CostFigures;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * One row per option with the context columns every row carries (scenario, model, lengths, SLO,
 * basis, date, app version), so a row pasted elsewhere still says what it is. Numbers are plain
 * (dot decimal, full precision) for spreadsheets; RFC 4180 quoting.
 */
public final class CsvReport {

    static final List<String> HEADER = List.of("scenario", "option", "hardware", "model", "input_tokens",
            "output_tokens", "slo", "basis", "fits", "slo_met", "tokens_per_s_per_user", "ttft_p99_ms", "tpot_p99_ms",
            "units", "usd_per_chip_hour", "utilization", "usd_per_m_blended_p10", "usd_per_m_blended_p50",
            "usd_per_m_blended_p90", "usd_per_m_blended_base", "base_percentile", "usd_per_m_output_base",
            "generated_at", "app_version");

    private CsvReport() {
    }

    public static void write(Report report, Writer out) throws IOException {
        CsvTable table = new CsvTable(HEADER);
        for (CandidateResult option : report.options()) {
            table.row(row(report.context(), option));
        }
        out.write(table.text());
        out.flush();
    }
    private static List<String> row(ReportContext c, CandidateResult o) {
        List<String> cells = new ArrayList<>(List.of(c.scenarioName(), Integer.toString(o.index() + 1),
                o.hardwareName(), o.model(), Integer.toString(c.inputTokens()), Integer.toString(c.outputTokens()),
                c.slo()));
        CostFigures cost = o.cost();
        cells.add(cost == null ? (o.costReason() == null ? "" : o.costReason()) : cost.basis());
        cells.add(Boolean.toString(o.fits()));
        cells.add(Boolean.toString(o.meetsSlo()));
        cells.add(o.fits() ? number(o.latency().tokensPerSecondPerUser().value()) : "");
        cells.add(o.fits() ? number(o.latency().ttftP99().value()) : "");
        cells.add(o.fits() ? number(o.latency().tpotP99().value()) : "");
        cells.add(o.fits() ? number(o.deployment().units().value()) : "");
        if (cost == null) {
            cells.addAll(List.of("", "", "", "", "", "", "", ""));
        } else {
            cells.addAll(List.of(number(cost.usdPerChipHour().value()), number(cost.utilization().value()),
                    number(cost.blendedSpread().p10()), number(cost.blendedSpread().p50()),
                    number(cost.blendedSpread().p90()), number(cost.usdPerMillionBlendedTokens().value()),
                    number(cost.blendedSpread().basePercentile()), number(cost.usdPerMillionOutputTokens().value())));
        }
        cells.add(c.generatedAt().toString());
        cells.add(c.appVersion());
        return cells;
    }

    private static String number(double value) {
        return CsvTable.number(value);
    }
}
