package com.inferplan.backend.report;

import com.inferplan.backend.evaluation.DisaggregatedQuery;
import com.inferplan.backend.evaluation.EvaluationQuery;
import com.inferplan.engine.deployment.DeploymentPlan;
import com.inferplan.engine.evaluation.Evaluation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The evaluate view's figures as one CSV row, with what was asked (model, hardware, lengths, load,
 * precisions as typed), what the engine chose (chips, layout, precisions), the date and the app
 * version. Times in seconds, rates in tokens per second, as the REST answer gives them.
 */
public final class EvaluationCsv {

    static final List<String> HEADER = List.of("model", "hardware", "input_tokens", "output_tokens", "load",
            "concurrency", "goal", "weights_asked", "kv_asked", "speculative", "prefill_hardware", "prefill_chips_asked",
            "prefill_workers", "decode_workers", "chips", "layout", "weight_precision",
            "kv_precision", "fits", "reason", "ttft_s", "tpot_s", "e2e_s", "tokens_per_s_per_user",
            "throughput_tokens_per_s", "tokens_per_s_per_chip", "tokens_per_s_per_kw", "batch_per_replica",
            "bottleneck", "generated_at", "app_version");

    private EvaluationCsv() {
    }

    public static ReportFile of(EvaluationQuery q, Evaluation e, Instant generatedAt) {
        DeploymentPlan plan = e.plan();
        List<String> cells = new ArrayList<>(List.of(text(q.model()), text(q.hardware()), text(q.inputTokens()),
                text(q.outputTokens()), text(q.load()), text(q.concurrency()), text(q.goal()), text(q.weights()),
                text(q.kv()), text(q.speculative())));
        DisaggregatedQuery d = q.disaggregated();
        cells.addAll(d == null ? List.of("", "", "", "") : List.of(text(d.prefillHardware()), text(d.prefillChips()),
                text(d.prefillWorkers()), text(d.decodeWorkers())));
        cells.addAll(List.of(CsvTable.number(plan.chips()), plan.parallelism().label(),
                plan.weightPrecision().label(), plan.kvPrecision().label(), Boolean.toString(e.fits()),
                e.fits() ? "" : text(e.reason())));
        cells.addAll(List.of(CsvTable.number(e.ttftSeconds()), CsvTable.number(e.tpotSeconds()),
                CsvTable.number(e.e2eSeconds()), CsvTable.number(e.outputTokensPerSecondPerUser()),
                CsvTable.number(e.throughputTokensPerSecond()), CsvTable.number(e.throughputTokensPerSecondPerChip()),
                CsvTable.number(e.throughputTokensPerSecondPerKilowatt()),
                e.fits() ? CsvTable.number(e.batchPerReplica()) : "", e.fits() ? e.bottleneck().label() : "",
                generatedAt.toString(), AppVersion.current()));
        byte[] bytes = new CsvTable(HEADER).row(cells).bytes();
        return new ReportFile(bytes, ReportFormat.CSV, ReportFile.fileName("evaluation " + q.model() + " "
                + q.hardware(), ReportFormat.CSV));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
