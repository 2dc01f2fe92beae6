package com.inferplan.engine.evaluation;

import com.inferplan.engine.deployment.DeploymentPlan;
import com.inferplan.engine.perf.Efficiencies;

/**
 * How many sequences one replica runs at once: the stack's batch limit (per attention rank where
 * attention runs data-parallel, each rank scheduling its own requests) and what the KV cache
 * holds. A stack that reserves a request's whole context at admission (TensorRT-LLM's default
 * GUARANTEED_NO_EVICT scheduler) counts input + output tokens per request; one that allocates
 * pages as tokens arrive (vLLM, SGLang) holds requests at their average length, input + output / 2.
 */
final class BatchLimit {

    private BatchLimit() {
    }

    static int slots(DeploymentPlan plan, Efficiencies eff, int input, int output) {
        double context = eff.reservesWholeContext() ? input + output : input + output / 2.0;
        long byKv = (long) Math.floor(plan.kvCapacityTokens() / (context + plan.stateTokensPerSequence()));
        int ranks = plan.parallelism().attentionDataParallel() ? plan.parallelism().tp() : 1;
        return (int) Math.max(1, Math.min((long) eff.maxBatch() * ranks, byKv));
    }
}
