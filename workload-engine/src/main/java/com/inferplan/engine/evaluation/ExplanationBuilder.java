package com.inferplan.engine.evaluation;

import com.inferplan.engine.deployment.DeploymentPlan;
import com.inferplan.engine.perf.Efficiencies;
import com.inferplan.engine.perf.OperatorTiming;
import com.inferplan.engine.perf.PerformanceModel;
import com.inferplan.engine.perf.StepWork;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Assembles the formulas, inputs and (on request) per-operator breakdowns of an evaluation. */
final class ExplanationBuilder {

    private static final List<String> FORMULAS = List.of(
            "operator time = max(FLOPs / (peak(precision) × η_compute), weight bytes / (weight-tier bandwidth × η_memory)"
                    + " + other bytes / (working-tier bandwidth × η_memory))",
            "TP all-reduce = 2(p−1)/p × S / B + (p−1) × α, twice per layer; expert all-to-all = (p−1)/p × S / B + (p−1) × α",
            "spatial (SRAM dataflow) layer time = resident weight bytes per chip / (SRAM bandwidth × η) + per-layer latency",
            "step = Σ operators + collectives + pipeline hops + layers × per-layer overhead + per-step overhead",
            "TPOT (closed) = decode step(N) + (N−1) × marginal prefill / output tokens; TTFT = prefill iteration + wait",
            "speculative: tokens per target step = (1 − α^(γ+1)) / (1 − α); TPOT = (verify + γ × draft) / tokens",
            "throughput = replicas × batch × output tokens / request service time; per user = 1 / TPOT");

    private ExplanationBuilder() {
    }

    static Explanation build(EvaluationRequest r, DeploymentPlan plan, Efficiencies eff, List<String> notes,
                             PerformanceModel model, LoadEstimates.Estimate e) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("model", plan.model().id());
        inputs.put("hardware", plan.hardware().id());
        inputs.put("chips", plan.chips());
        inputs.put("layout", plan.parallelism().label());
        inputs.put("servingStyle", plan.style().name());
        inputs.put("weightPrecision", plan.weightPrecision().label());
        inputs.put("kvPrecision", plan.kvPrecision().label());
        inputs.put("weightBytes", plan.weightBytes());
        inputs.put("kvBytesPerToken", plan.kvBytesPerToken());
        inputs.put("kvCapacityTokensPerReplica", plan.kvCapacityTokens());
        inputs.put("memory", new MemoryLines(plan.memory()));
        inputs.put("load", r.load().label());
        inputs.put("inputTokens", r.inputTokens());
        inputs.put("outputTokens", r.outputTokens());
        inputs.put("framework", eff.framework() + (eff.generation().isEmpty() ? "" : " " + eff.generation()));
        inputs.put("computeEfficiency", eff.compute().asMap());
        inputs.put("memoryEfficiency", eff.memory().asMap());
        inputs.put("overheads", eff.overheads());
        List<OperatorTiming> decode = List.of();
        List<OperatorTiming> prefill = List.of();
        if (e != null) {
            inputs.put("batchPerReplica", e.batch());
            inputs.put("decodeStep", e.decode());
            inputs.put("prefillStep", e.prefill());
            if (r.explain()) {
                decode = model.explain(StepWork.decode(e.batch(), r.inputTokens() + r.outputTokens() / 2.0));
                prefill = model.explain(StepWork.prefill(1, r.inputTokens()));
            }
        }
        return new Explanation(FORMULAS, inputs, decode, prefill, notes);
    }
}
