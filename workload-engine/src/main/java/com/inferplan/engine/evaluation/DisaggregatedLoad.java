package com.inferplan.engine.evaluation;

import com.inferplan.engine.perf.Efficiencies;
import com.inferplan.engine.perf.KvTransfer;
import com.inferplan.engine.perf.PerformanceModel;
import com.inferplan.engine.perf.StackScheduler;
import com.inferplan.engine.serving.ClosedLoopResult;
import com.inferplan.engine.serving.ClosedLoopRun;
import com.inferplan.engine.serving.DisaggregatedClosedLoop;
import com.inferplan.engine.serving.LandedKvSteps;
import com.inferplan.engine.serving.PrefillPolicy;
import com.inferplan.engine.serving.PrefillWorkers;
import com.inferplan.engine.serving.SchedulerConfig;

/**
 * A closed loop over separate prefill and decode pools (docs/decisions/0532-disaggregated-serving.md,
 * 0543): one decode worker's share of the clients and its share of the prefill workers simulated
 * together ({@link DisaggregatedClosedLoop}). A prefill worker runs one whole prompt per attention rank
 * and iteration (decision 0548); a landed sequence's prompt costs the decode worker
 * nothing (its KV arrives computed). TTFT = both workers' request handling (decision 0540) +
 * prefill queue + prefill iteration + KV transfer + the decode iteration the sequence joins.
 */
final class DisaggregatedLoad {

    private DisaggregatedLoad() {
    }

    /** The serving stacks of the two pools (the same one unless prefill and decode run different silicon). */
    record Stacks(StackScheduler prefill, StackScheduler decode) {
    }

    static LoadEstimates.Estimate estimate(PerformanceModel prefill, PerformanceModel decode, Efficiencies decodeEff,
                                           Stacks stacks, DisaggregatedRequest d, boolean sameDomain) {
        StackScheduler stack = stacks.decode();
        int clients = d.decode().concurrency();
        int in = d.decode().inputTokens();
        int out = d.decode().outputTokens();
        var p = decode.plan().parallelism();
        int ranks = p.attentionDataParallel() ? p.tp() : 1;
        int maxBatch = decodeEff.maxBatch() * ranks;
        int perDecodeWorker = (int) Math.ceil((double) clients / d.decodeWorkers());
        SchedulerConfig landing = new SchedulerConfig(Math.max(maxBatch, in * Math.min(perDecodeWorker, maxBatch)),
                stack.kvBlockTokens(), PrefillPolicy.CHUNKED_MIXED);
        double transfer = KvTransfer.seconds(prefill.plan(), decode.plan(), decodeEff, in, sameDomain,
                stacks.prefill().kvTransferBytesPerSecond());
        ClosedLoopResult run = DisaggregatedClosedLoop.run(new LandedKvSteps(decode.stepTimeModel(maxBatch)), landing,
                prefillShare(prefill, stacks.prefill(), d, in), perDecodeWorker, in, out,
                ClosedLoopRun.benchmarkRequests(perDecodeWorker), stack.requestOverheadSeconds(), transfer);
        double ttft = run.meanTtftSeconds();
        double tpot = run.meanTpotSeconds();
        int running = Math.max(1, Math.min(perDecodeWorker, maxBatch));
        return new LoadEstimates.Estimate(ttft, tpot, ttft + (out - 1) * tpot, run.outputTokensPerSecond(), running,
                prefill.prefill(1, in), decode.decodeStep(running, in + out / 2.0));
    }

    /**
     * Prompts a prefill worker's iteration runs per attention rank: AIConfigurator, which plans and
     * generates Dynamo's disaggregated deployments, gives prefill workers max_batch_size 1 by default
     * (advanced_tuning_config prefill_max_batch_size 1: "for typical ISL larger than 1000, it's almost
     * saturating the compute flops, doing batching will not give you too much perf gain but makes the
     * TTFT x times", ai-dynamo/aiconfigurator docs/advanced_tuning.md), and its config generator writes
     * it into the prefill workers it deploys (generator/rule_plugin/*.rule; decision 0548).
     */
    static final int PREFILL_WORKER_BATCH = 1;

    /**
     * The prefill workers one decode worker's clients use: W_p / W_d of them, run as the next whole
     * number of workers each slowed to the share (7 workers at 6.67/7 of the speed for 40 over 6),
     * each iteration running {@link #PREFILL_WORKER_BATCH} prompt per attention rank within the
     * stack's token budget.
     */
    static PrefillWorkers prefillShare(PerformanceModel prefill, StackScheduler stack, DisaggregatedRequest d, int in) {
        double share = (double) d.prefillWorkers() / d.decodeWorkers();
        int workers = (int) Math.ceil(share - 1e-9);
        double slowdown = workers / share;
        var p = prefill.plan().parallelism();
        int ranks = p.attentionDataParallel() ? p.tp() : 1;
        SchedulerConfig config = stack.servedConfig(ranks, 1);
        return new PrefillWorkers(workers, config.maxTokensPerStep(), PREFILL_WORKER_BATCH * ranks,
                prompts -> slowdown * prefill.prefill(prompts, in).seconds());
    }
}
