package com.inferplan.engine.evaluation;

import com.inferplan.engine.perf.Efficiencies;
import com.inferplan.engine.perf.PerformanceModel;
import com.inferplan.engine.perf.StackScheduler;
import com.inferplan.engine.perf.StepCost;
import com.inferplan.engine.serving.ClosedLoopResult;
import com.inferplan.engine.serving.ClosedLoopRun;
import com.inferplan.engine.serving.SchedulerConfig;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Closed-loop load predicted by running the serving simulator as the benchmark ran: the clients of
 * one replica in a closed loop under the stack's scheduler ({@link StackScheduler}), the benchmark's
 * requests ({@link ClosedLoopRun#benchmarkRequests}) measured from the clients' common start, the
 * opening wave included (decisions 0541, 0545). Results are cached per performance
 * model, scheduler and load (a TTFT row and a TPOT row of one run share one simulation). The
 * stack's per-request handling delays each request's arrival at the scheduler and counts in TTFT. See docs/decisions/0531-closed-loop-by-simulation.md.
 */
final class SimulatedLoad {

    private static final int LIMIT = 16_384;
    private record Key(PerformanceModel model, StackScheduler stack, SchedulerConfig scheduler, int maxBatch,
                       int clients, int in, int out) {
    }

    private final Map<Key, ClosedLoopResult> runs = new ConcurrentHashMap<>();

    LoadEstimates.Estimate closed(PerformanceModel m, DecodeTiming d, Efficiencies eff, StackScheduler stack,
                                  int clients, int slots, int in, int out) {
        var p = m.plan().parallelism();
        int ranks = p.attentionDataParallel() ? p.tp() : 1;
        // a stack that reserves whole contexts admits only what the KV cache holds at full length (slots);
        // the others admit up to their batch limit and page, preempting when the cache runs out
        int maxBatch = eff.reservesWholeContext() ? slots : eff.maxBatch() * ranks;
        SchedulerConfig scheduler = stack.servedConfig(ranks, maxBatch);
        Key key = new Key(m, stack, scheduler, maxBatch, clients, in, out);
        ClosedLoopResult run = runs.get(key);
        if (run == null) {
            run = ClosedLoopRun.run(m.stepTimeModel(maxBatch), scheduler, clients, in, out,
                    ClosedLoopRun.benchmarkRequests(clients), stack.requestOverheadSeconds());
            if (runs.size() > LIMIT) {
                runs.clear();
            }
            runs.put(key, run);
        }
        int running = Math.max(1, Math.min(clients, maxBatch));
        StepCost prefill = m.prefill(1, in);
        StepCost decode = d.perToken(running, in + out / 2.0);
        double ttft = run.meanTtftSeconds();
        double tpot = run.meanTpotSeconds();
        return new LoadEstimates.Estimate(ttft, tpot, ttft + (out - 1) * tpot, run.outputTokensPerSecond(), running,
                prefill, decode);
    }
}
