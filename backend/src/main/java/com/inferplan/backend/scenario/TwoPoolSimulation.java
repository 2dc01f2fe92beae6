package com.inferplan.backend.scenario;

import com.inferplan.backend.scenario.LoadSimulation.LoadRun;
import com.inferplan.backend.scenario.LoadSimulation.ReplicaLoad;
import com.inferplan.backend.scenario.ScenarioWorkload.Lengths;
import com.inferplan.backend.scenario.ScenarioWorkload.SloTarget;
import com.inferplan.backend.scenario.SloCapacity.Pools;
import com.inferplan.engine.serving.LandedKvSteps;
import com.inferplan.engine.serving.LatencySummary;
import com.inferplan.engine.serving.SchedulerConfig;
import com.inferplan.engine.serving.SimulationResult;
import com.inferplan.engine.serving.StepTimeModel;
import com.inferplan.engine.transport.TransportProfile;

/**
 * A two-pool replica under its planned load (docs/decisions/0719): the prefill workers simulated under the
 * Poisson arrivals with each request asking for one token (their TTFT is the prompt's wait and prefill,
 * behind the transport's first-token overhead), the decode workers under the same arrivals with the KV of
 * each prompt landing computed ({@link LandedKvSteps}; only the per-token streaming overhead remains).
 * A client's TTFT is the prefill side's, the KV transfer and the decode side's first iteration; each
 * percentile is the sum of the two sides' percentiles, an upper bound, so a met SLO is not flattered.
 */
final class TwoPoolSimulation {

    private TwoPoolSimulation() {
    }

    static ReplicaLoad of(StepTimeModel prefill, StepTimeModel decode, Pools pools, Lengths lengths,
                          long maxSequenceTokens, TransportProfile transport, SloTarget slo) {
        StepTimeModel landed = new LandedKvSteps(decode);
        // Landed KV takes no prefill budget: every sequence that fits the batch can join the next iteration.
        SchedulerConfig vllm = LoadSimulation.scheduler(decode);
        SchedulerConfig landing = new SchedulerConfig((int) Math.min(Integer.MAX_VALUE,
                maxSequenceTokens * decode.maxBatch()), vllm.kvBlockTokens(), true);
        return (rate, concurrency, control) -> {
            int requests = LoadSimulation.requestCount(concurrency / pools.decodeWorkers(), lengths.outputTokens())
                    * pools.decodeWorkers();
            SimulationResult prompts = LoadSimulation.simulate(prefill, LoadSimulation.scheduler(prefill),
                    pools.prefillWorkers(),
                    LoadSimulation.workload(lengths, maxSequenceTokens, rate, requests, true), transport, slo, control);
            SimulationResult decoding = LoadSimulation.simulate(landed, landing, pools.decodeWorkers(),
                    LoadSimulation.workload(lengths, maxSequenceTokens, rate, requests, false),
                    transport.streamingOnly(), slo, control);
            LatencySummary ttft = sum(prompts.ttft(), decoding.ttft(), pools.transferSeconds() * 1000);
            return new LoadRun(rate, requests, ttft, decoding.tpot(), decoding.tokensPerSecondPerUser(),
                    prompts.meanRequestsInSystem() + decoding.meanRequestsInSystem());
        };
    }

    private static LatencySummary sum(LatencySummary a, LatencySummary b, double plusMs) {
        return new LatencySummary(Math.min(a.count(), b.count()), a.p50Ms() + b.p50Ms() + plusMs,
                a.p90Ms() + b.p90Ms() + plusMs, a.p99Ms() + b.p99Ms() + plusMs, a.meanMs() + b.meanMs() + plusMs);
    }
}
