package com.inferplan.engine.evaluation;

import com.inferplan.engine.perf.Efficiencies;
import com.inferplan.engine.perf.PerformanceModel;
import com.inferplan.engine.perf.StackScheduler;
import com.inferplan.engine.serving.LatencySummary;
import com.inferplan.engine.serving.RoutingPolicy;
import com.inferplan.engine.serving.ServingSimulator;
import com.inferplan.engine.serving.SimulationConfig;
import com.inferplan.engine.serving.SimulationResult;
import com.inferplan.engine.serving.Slo;
import com.inferplan.engine.serving.workload.FixedLength;
import com.inferplan.engine.serving.workload.PoissonArrivals;
import com.inferplan.engine.serving.workload.SyntheticWorkload;
import com.inferplan.engine.transport.TransportProfile;

/**
 * The highest Poisson arrival rate whose percentile TTFT (plus the stack's mean request handling)
 * and TPOT stay within the limits, found by bisection on the logarithm of the rate between a
 * thousandth of and 1.2 × the offline maximum; each probe simulates the same 1,500 requests over
 * the plan's replicas under the stack's scheduler. Reports the throughput and the mean latencies
 * at that rate. See docs/decisions/0533-throughput-under-latency-limits.md.
 */
final class SloLoad {

    private static final int REQUESTS = 1500;
    private static final int STEPS = 14;

    private SloLoad() {
    }

    static LoadEstimates.Estimate highestRate(PerformanceModel m, DecodeTiming d, Efficiencies eff, StackScheduler stack,
                                              LatencyLimits limits, int slots, int in, int out) {
        var p = m.plan().parallelism();
        int ranks = p.attentionDataParallel() ? p.tp() : 1;
        int maxBatch = eff.reservesWholeContext() ? slots : eff.maxBatch() * ranks;
        // the never-binding SLO the simulator requires; the limits are checked on the percentiles below
        SimulationConfig config = new SimulationConfig(m.plan().replicas(), RoutingPolicy.LEAST_LOADED,
                stack.config(ranks, maxBatch), TransportProfile.NONE, new Slo(1e12, 1e12, 99));
        LoadEstimates.Estimate offline = LoadEstimates.max(m, d, slots, p, eff.planner().prefillChunkTokens(),
                stack.promptsPerStep(), in, out);
        double hi = 1.2 * offline.replicaThroughput() * m.plan().replicas() / out;
        double lo = hi / 1000;
        SyntheticWorkload workload = new SyntheticWorkload(new PoissonArrivals(lo), new FixedLength(in),
                new FixedLength(out), REQUESTS, 1);
        SimulationResult good = ServingSimulator.run(workload, m.stepTimeModel(maxBatch), config);
        if (!meets(good, limits, stack)) {
            throw new InvalidEvaluationException("limits", limits, "cannot be met even at " + lo + " requests/s");
        }
        for (int i = 0; i < STEPS; i++) {
            double mid = Math.sqrt(lo * hi);
            SimulationResult r = ServingSimulator.run(workload.withRate(mid), m.stepTimeModel(maxBatch), config);
            if (meets(r, limits, stack)) {
                lo = mid;
                good = r;
            } else {
                hi = mid;
            }
        }
        double ttft = good.ttft().meanMs() / 1000 + stack.requestOverheadSeconds();
        double tpot = good.tpot().meanMs() / 1000;
        return new LoadEstimates.Estimate(ttft, tpot, ttft + (out - 1) * tpot,
                good.outputTokensPerSecond() / m.plan().replicas(), maxBatch, offline.prefill(), offline.decode());
    }

    private static boolean meets(SimulationResult r, LatencyLimits limits, StackScheduler stack) {
        if (r.rejected() > 0) {
            return false;
        }
        boolean ttft = limits.ttftMs() == null
                || at(r.ttft(), limits.percentile()) + 1000 * stack.requestOverheadSeconds() <= limits.ttftMs();
        boolean tpot = limits.tpotMs() == null || at(r.tpot(), limits.percentile()) <= limits.tpotMs();
        return ttft && tpot;
    }

    private static double at(LatencySummary s, double percentile) {
        return percentile == 50 ? s.p50Ms() : percentile == 90 ? s.p90Ms() : s.p99Ms();
    }
}
