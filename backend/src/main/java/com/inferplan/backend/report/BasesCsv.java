package com.inferplan.backend.report;

import com.inferplan.backend.pricing.CostEstimate;
import com.inferplan.backend.pricing.PricedBasis;
import com.inferplan.backend.pricing.ServingInputs;
import com.inferplan.backend.scenario.Origin;
import com.inferplan.pricing.catalog.Source;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The deals view's bases as CSV: one row per basis with USD per million output, input and blended
 * tokens (output P10/P50/P90 where inputs are uncertain) at the page's shared serving inputs, which
 * every row repeats as context, with the basis's sources, the date and the app version.
 */
public final class BasesCsv {

    static final List<String> HEADER = List.of("basis", "ref", "kind", "hardware", "usd_per_chip_hour",
            "usd_per_m_output", "usd_per_m_output_p10", "usd_per_m_output_p50", "usd_per_m_output_p90",
            "usd_per_m_input", "usd_per_m_blended", "output_tokens_per_s_per_chip", "prefill_tokens_per_s_per_chip",
            "throughput_from", "utilization", "input_tokens_per_output_token", "sources", "generated_at",
            "app_version");

    private BasesCsv() {
    }

    /**
     * @param serving     the serving inputs each basis is priced at (per hardware when the page derives them)
     * @param throughputFrom where each row's tokens/s come from, e.g. "typed" or "engine: llama-3.1-8b …"
     */
    public static ReportFile of(List<PricedBasis> bases, Function<PricedBasis, ServingInputs> serving,
                                Function<PricedBasis, CostEstimate> estimate, Function<PricedBasis, String> throughputFrom,
                                Instant generatedAt) {
        CsvTable table = new CsvTable(HEADER);
        for (PricedBasis b : bases) {
            CostEstimate e = estimate.apply(b);
            ServingInputs s = serving.apply(b);
            List<String> cells = new ArrayList<>(List.of(b.name(), b.ref().toString(), b.kind(),
                    b.hardwareId() == null ? "" : b.hardwareId(),
                    CsvTable.number(e.usdPerChipHour().map(x -> x.value()).orElse(null)),
                    CsvTable.number(e.usdPerMillionOutputTokens())));
            boolean uncertain = e.spread().isPresent();
            cells.addAll(List.of(uncertain ? CsvTable.number(e.p10()) : "", uncertain ? CsvTable.number(e.p50()) : "",
                    uncertain ? CsvTable.number(e.p90()) : "",
                    CsvTable.number(e.cost().usdPerMillionInputTokens().value()),
                    CsvTable.number(e.cost().usdPerMillionBlendedTokens().value()),
                    CsvTable.number(s.tokensPerSecond()), CsvTable.number(s.inputTokensPerSecond()),
                    throughputFrom.apply(b), CsvTable.number(s.utilization()),
                    CsvTable.number(s.mix().inputTokensPerRequest() / s.mix().outputTokensPerRequest()),
                    b.sources().stream().map(BasesCsv::source).collect(Collectors.joining("; ")),
                    generatedAt.toString(), AppVersion.current()));
            table.row(cells);
        }
        return new ReportFile(table.bytes(), ReportFormat.CSV, ReportFile.fileName("cost bases", ReportFormat.CSV));
    }

    private static String source(Source s) {
        return s.title() + (s.url() == null ? "" : " <" + s.url() + ">") + " (" + Origin.of(s.status()).label()
                + (s.published() == null ? "" : ", " + s.published()) + ")";
    }
}
