package com.inferplan.engine.perf;

import com.inferplan.engine.serving.PrefillPolicy;
import com.inferplan.engine.serving.SchedulerConfig;

/**
 * One serving stack's scheduler as data (resource {@code perf/schedulers.json}): how prompts share
 * iterations with decodes, the iteration's token budget, the KV page size and the fixed
 * server-side cost of a request before its first token, and the prompts one iteration may take
 * ({@link SchedulerConfig#ANY_PROMPTS} where only the budget limits them): {@code promptsPerStep}
 * when the engine is driven directly (offline batches, MLPerf harnesses), {@code servedPromptsPerStep}
 * when requests arrive one by one through the stack's HTTP server (closed-loop client benchmarks).
 * {@code kvTransferBytesPerSecond}: what the stack's KV cache transceiver moves per sending rank in
 * disaggregated serving (0: only the fabric limits it, where the stack has no measured figure).
 * {@code estimate} marks figures without a framework source; {@code informedBy} then names what set them.
 */
public record StackScheduler(String stack, PrefillPolicy prefillPolicy, int tokenBudget, int kvBlockTokens,
                             double requestOverheadSeconds, int promptsPerStep, int servedPromptsPerStep,
                             double kvTransferBytesPerSecond, boolean estimate, String sources, String informedBy) {

    /** The engine driven directly, for a replica running {@code maxBatch} sequences over {@code ranks} attention ranks. */
    public SchedulerConfig config(int ranks, int maxBatch) {
        return config(ranks, maxBatch, promptsPerStep);
    }

    /** As {@link #config}, for requests that arrive through the stack's server. */
    public SchedulerConfig servedConfig(int ranks, int maxBatch) {
        return config(ranks, maxBatch, servedPromptsPerStep);
    }

    private SchedulerConfig config(int ranks, int maxBatch, int prompts) {
        return new SchedulerConfig(Math.max(tokenBudget * ranks, maxBatch), kvBlockTokens, prefillPolicy,
                prompts == SchedulerConfig.ANY_PROMPTS ? prompts : prompts * ranks);
    }
}
