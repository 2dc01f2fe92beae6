package com.inferplan.backend.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.inferplan.backend.evaluation.DisaggregatedQuery;
import com.inferplan.backend.evaluation.EvaluationQuery;
import com.inferplan.backend.evaluation.EvaluationService;
import com.inferplan.backend.pricing.CostBasisService;
import com.inferplan.backend.pricing.CostEstimate;
import com.inferplan.backend.pricing.PricedBasis;
import com.inferplan.backend.pricing.ServingInputs;
import com.inferplan.engine.evaluation.Evaluation;
import com.inferplan.pricing.tokens.WorkloadMix;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The evaluate and deals views' CSV exports carry the service's figures to full precision with their context. */
@SpringBootTest
class ViewCsvTest {

    private static final Instant AT = Instant.parse("2026-05-01T10:00:00Z");

    @Autowired
    EvaluationService evaluations;
    @Autowired
    CostBasisService bases;

    @Test
    void anEvaluationRowHoldsTheAskedContextTheEnginesChoicesAndItsFiguresUnrounded() {
        EvaluationQuery q = new EvaluationQuery("llama-3.1-8b", "nvidia-h100-sxm", null, null, null, null, null, null,
                null, null, 16, 2000, 500, null, null, null);
        Evaluation e = evaluations.evaluate(q);
        ReportFile file = EvaluationCsv.of(q, e, AT);

        List<String> lines = lines(file);
        assertThat(file.fileName()).isEqualTo("inferplan-evaluation-llama-3-1-8b-nvidia-h100-sxm.csv");
        assertThat(lines.get(0)).isEqualTo(String.join(",", EvaluationCsv.HEADER));
        List<String> row = cells(lines.get(1));
        assertThat(row.get(col(EvaluationCsv.HEADER, "model"))).isEqualTo("llama-3.1-8b");
        assertThat(row.get(col(EvaluationCsv.HEADER, "input_tokens"))).isEqualTo("2000");
        assertThat(row.get(col(EvaluationCsv.HEADER, "concurrency"))).isEqualTo("16");
        assertThat(row.get(col(EvaluationCsv.HEADER, "fits"))).isEqualTo("true");
        assertThat(Double.parseDouble(row.get(col(EvaluationCsv.HEADER, "tpot_s")))).isEqualTo(e.tpotSeconds());
        assertThat(Double.parseDouble(row.get(col(EvaluationCsv.HEADER, "tokens_per_s_per_chip"))))
                .isEqualTo(e.throughputTokensPerSecondPerChip());
        assertThat(row.get(col(EvaluationCsv.HEADER, "generated_at"))).isEqualTo("2026-05-01T10:00:00Z");
        assertThat(row).hasSize(EvaluationCsv.HEADER.size());
    }

    @Test
    void aDisaggregatedEvaluationRowNamesItsPrefillPool() {
        EvaluationQuery q = new EvaluationQuery("llama-3.1-8b", "nvidia-h100-sxm", 1, null, null, null, null, null,
                null, null, 16, 2000, 500, null, null, null,
                new DisaggregatedQuery("nvidia-b200", null, 2, 3));
        List<String> row = cells(lines(EvaluationCsv.of(q, evaluations.evaluate(q), AT)).get(1));
        assertThat(row.get(col(EvaluationCsv.HEADER, "prefill_hardware"))).isEqualTo("nvidia-b200");
        assertThat(row.get(col(EvaluationCsv.HEADER, "prefill_chips_asked"))).isEmpty();
        assertThat(row.get(col(EvaluationCsv.HEADER, "prefill_workers"))).isEqualTo("2");
        assertThat(row.get(col(EvaluationCsv.HEADER, "decode_workers"))).isEqualTo("3");
        assertThat(row).hasSize(EvaluationCsv.HEADER.size());
    }

    @Test
    void everyBasisRowHoldsTheDealsServicesDollarsPerMillionAndTheSharedServingInputs() {
        ServingInputs serving = new ServingInputs(1200, 9000.0, 0.6, WorkloadMix.ratio(3));
        List<PricedBasis> all = bases.all();
        ReportFile file = BasesCsv.of(all, b -> serving, b -> bases.estimate(b, serving), b -> "typed", AT);

        List<String> lines = lines(file);
        assertThat(lines).hasSize(all.size() + 1);
        PricedBasis deal = bases.resolve("deal:anthropic-microsoft-nvidia");
        CostEstimate expected = bases.estimate(deal, serving);
        List<String> row = lines.stream().skip(1).map(ViewCsvTest::cells)
                .filter(r -> r.get(col(BasesCsv.HEADER, "ref")).equals("deal:anthropic-microsoft-nvidia"))
                .findFirst().orElseThrow();
        assertThat(Double.parseDouble(row.get(col(BasesCsv.HEADER, "usd_per_m_output"))))
                .isEqualTo(expected.usdPerMillionOutputTokens());
        assertThat(Double.parseDouble(row.get(col(BasesCsv.HEADER, "usd_per_m_output_p90")))).isEqualTo(expected.p90());
        assertThat(Double.parseDouble(row.get(col(BasesCsv.HEADER, "usd_per_m_input")))).isGreaterThan(0);
        assertThat(row.get(col(BasesCsv.HEADER, "prefill_tokens_per_s_per_chip"))).isEqualTo("9000.0");
        assertThat(row.get(col(BasesCsv.HEADER, "throughput_from"))).isEqualTo("typed");
        assertThat(row.get(col(BasesCsv.HEADER, "sources"))).contains("truesolvers.com (reported, 2025-11-18)");
    }

    private static List<String> lines(ReportFile file) {
        assertThat(file.format()).isEqualTo(ReportFormat.CSV);
        return Arrays.asList(new String(file.bytes(), StandardCharsets.UTF_8).split("\r\n"));
    }

    private static int col(List<String> header, String name) {
        return header.indexOf(name);
    }

    /** Splits one RFC 4180 line. */
    static List<String> cells(String line) {
        List<String> cells = new java.util.ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
