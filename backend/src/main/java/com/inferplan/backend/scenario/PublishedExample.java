package com.inferplan.backend.scenario;

import com.inferplan.backend.scenario.ScenarioWorkload.SloTarget;
import java.util.List;

/**
 * The published case the explorer reproduces: OpenAI's GPT-5.3-Codex-Spark served on Cerebras WSE-3
 * at over 1,000 tokens/s against GPT-5.3-Codex on GPUs at 65–70 tokens/s (OpenAI, 2026-02-12; sources
 * and arithmetic in docs/decisions/0404-transport-defaults.md and 0405-agentic-task-model.md). Neither
 * model is public, so open stand-ins play them: the compact coding model qwen3-coder-30b-a3b on CS-3
 * (under the OpenAI–Cerebras deal) and on B200 and H100, and DeepSeek-V3 (671B) on B200 for the large
 * model, which the engine puts at ~70 tokens/s per user under load. The SLO asks for Spark-class speed
 * (TPOT p90 ≤ 2 ms, i.e. ≥ 500 tokens/s per developer) over a persistent WebSocket; no GPU option reaches
 * it, so the published GPU figures (65–70 tokens/s, 15–17 minutes) are compared with the large model
 * sized the way GPU fleets are usually run, at the interactive-coding preset's TPOT p90 ≤ 20 ms.
 */
public final class PublishedExample {

    public static final String ID = "codex-spark";
    /** Which candidates play the compact model on fast silicon and the large model on GPUs. */
    public static final int COMPACT_ON_WAFER = 0;
    public static final int LARGE_ON_GPU = 3;
    static final String COMPACT_MODEL = "qwen3-coder-30b-a3b";
    static final String LARGE_MODEL = "deepseek-v3";
    static final String DEAL = "openai-cerebras-2026";

    private PublishedExample() {
    }

    public static Scenario scenario() {
        ScenarioWorkload coding = WorkloadPreset.INTERACTIVE_CODING.workload(null);
        ScenarioWorkload sparkSpeed = new ScenarioWorkload(coding.preset(), coding.demand(), coding.lengths(),
                new SloTarget(coding.slo().ttftMs(), 2, 90));
        return new Scenario(sparkSpeed, COMPACT_MODEL, List.of(
                Candidate.of("cerebras-cs-3", CostChoice.deal(DEAL)),
                Candidate.of("nvidia-b200", CostChoice.DEFAULT),
                Candidate.of("nvidia-h100-sxm", CostChoice.DEFAULT),
                new Candidate("nvidia-b200", null, CostChoice.DEFAULT, LARGE_MODEL)),
                Transport.WEBSOCKET, Scenario.Precisions.NATIVE);
    }

    /** The same scenario with the interactive-coding preset's SLO, at which GPU options are usually served. */
    public static Scenario usualGpuService(Scenario shown) {
        ScenarioWorkload w = shown.workload();
        return shown.withWorkload(new ScenarioWorkload(w.preset(), w.demand(), w.lengths(),
                WorkloadPreset.INTERACTIVE_CODING.workload(w).slo()));
    }
}
