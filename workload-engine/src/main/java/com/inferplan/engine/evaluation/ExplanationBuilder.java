package com.inferplan.engine.evaluation;

import com.inferplan.engine.deployment.DeploymentPlan;
import com.inferplan.engine.perf.Efficiencies;
import com.inferplan.engine.perf.OperatorTiming;
import com.inferplan.engine.perf.PerformanceModel;
import com.inferplan.engine.perf.StepWork;
import com.inferplan.engine.serving.ClosedLoopRun;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Assembles the formulas, inputs and (on request) per-operator breakdowns of an evaluation. */
final class ExplanationBuilder {

    private static final List<String> FORMULAS = List.of(
            "operator time = max(FLOPs / (peak(precision) × η_compute), weight bytes / (weight-tier bandwidth × η_memory)"
                    + " + other bytes / (working-tier bandwidth × η_memory)); the sum of the two where the family does"
                    + " not overlap them",
            "TP all-reduce = c + 2(p−1)/p × S / B + (p−1) × α, twice per layer; expert all-to-all = c + (p−1)/p × S / B"
                    + " + (p−1) × α, before and after each MoE layer (c: cost of one collective call)",
            "attention data-parallel (MoE): whole sequences are placed on ranks, the busiest running ceil(n / tp) of"
                    + " them with all heads and its own KV; no all-reduce after attention",
            "spatial (SRAM dataflow) layer time = resident weight bytes per chip / (SRAM bandwidth × η) + per-layer latency",
            "step = Σ operators + collectives + pipeline hops + layers × per-layer + per-step + sequences × per-sequence"
                    + " overhead",
            "running sequences = min(stack batch limit, KV capacity / (input + output, or input + output/2 where KV is"
                    + " paged as tokens arrive)); static batches beyond it run in waves",
            "closed loop (stacks with a scheduler entry, plain decode): the benchmark simulated: N clients start"
                    + " together, each sends its next request when its last ends, "
                    + ClosedLoopRun.benchmarkRequests(1) + " × N requests measured from the start"
                    + " under the stack's scheduler (token budget, prefill policy, prompts per iteration, KV pages,"
                    + " request handling); TTFT and TPOT are their means",
            "closed loop elsewhere (spatial pipelines, speculative decoding): TPOT = decode step(N) + (N−1) × marginal"
                    + " prefill / output tokens; TTFT = prefill iteration + ρ·prefill / (2(1−ρ)) + wait beyond the slots",
            "disaggregated: TTFT = handling + prefill queue + prefill iteration (one prompt per attention rank, as"
                    + " prefill workers are deployed) + KV bytes / (lanes × min(link bandwidth, the stack's transceiver"
                    + " rate)) + α + handling + the decode iteration it joins; both pools in one simulated loop",
            "speculative: tokens per target step = (1 − α^(γ+1)) / (1 − α); TPOT = (verify + γ × draft) / tokens,"
                    + " γ the fastest up to the stack's longest",
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
        inputs.put("computeEfficiency", eff.compute().asMap(plan.weightPrecisions().experts()));
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
