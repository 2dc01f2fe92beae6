package com.inferplan.backend.scenario;

import com.inferplan.backend.scenario.ScenarioWorkload.Lengths;
import com.inferplan.backend.scenario.ScenarioWorkload.SloTarget;
import com.inferplan.engine.serving.LatencySummary;
import com.inferplan.engine.serving.RoutingPolicy;
import com.inferplan.engine.serving.RunControl;
import com.inferplan.engine.serving.SchedulerConfig;
import com.inferplan.engine.serving.ServingSimulator;
import com.inferplan.engine.serving.SimulationConfig;
import com.inferplan.engine.serving.SimulationResult;
import com.inferplan.engine.serving.Slo;
import com.inferplan.engine.serving.StepTimeModel;
import com.inferplan.engine.serving.workload.LengthDistribution;
import com.inferplan.engine.serving.workload.PoissonArrivals;
import com.inferplan.engine.serving.workload.SyntheticWorkload;
import com.inferplan.engine.transport.TransportProfile;

/**
 * One replica under its share of the peak load, simulated with a small seeded sample of requests so
 * that a whole scenario answers within the explorer's latency budget. Every candidate replays the same
 * seed (common random numbers), so differences between candidates are not sampling noise.
 */
final class LoadSimulation {

    static final long SEED = 20_261_125L;
    /** Enough requests to pass the start-up transient several times over at the expected concurrency. */
    static final int REQUESTS_PER_CONCURRENT = 8;
    static final int MIN_REQUESTS = 64;
    static final int MAX_REQUESTS = 400;
    /** Decode iterations one run may take (≈ 5 ms); at low concurrency this, not the above, limits the sample. */
    static final long ITERATION_BUDGET = 40_000;
    static final int FEWEST_REQUESTS = 24;

    private LoadSimulation() {
    }

    /**
     * A finished run: the rate and the number of requests it simulated, what clients saw (TTFT and TPOT,
     * tokens/s of one stream) and the mean number of requests in the system.
     */
    record LoadRun(double ratePerSecond, int requests, LatencySummary ttft, LatencySummary tpot,
                   double tokensPerSecondPerUser, double meanRequestsInSystem) {

        static LoadRun of(double ratePerSecond, int requests, SimulationResult r) {
            return new LoadRun(ratePerSecond, requests, r.ttft(), r.tpot(), r.tokensPerSecondPerUser(),
                    r.meanRequestsInSystem());
        }
    }

    /** One replica simulated at a planned rate; {@code expectedConcurrency} sets the sample size. */
    @FunctionalInterface
    interface ReplicaLoad {
        LoadRun run(double ratePerSecond, double expectedConcurrency, RunControl control);
    }

    /** A replica whose every worker both prefills and decodes. */
    static ReplicaLoad of(StepTimeModel model, Lengths lengths, long maxSequenceTokens, TransportProfile transport,
                          SloTarget slo) {
        return (rate, concurrency, control) -> {
            int requests = requestCount(concurrency, lengths.outputTokens());
            SimulationResult result = simulate(model, scheduler(model), 1,
                    workload(lengths, maxSequenceTokens, rate, requests, false), transport, slo, control);
            return LoadRun.of(rate, requests, result);
        };
    }

    /**
     * One pool of a replica under Poisson arrivals at {@code ratePerSecond}, the seeded lengths of the scenario;
     * with {@code promptsOnly} every request asks for one token (a prefill pool's work).
     */
    static SyntheticWorkload workload(Lengths lengths, long maxSequenceTokens, double ratePerSecond, int requests,
                                      boolean promptsOnly) {
        return new SyntheticWorkload(new PoissonArrivals(ratePerSecond),
                length(lengths.inputTokens(), lengths.spread(), maxSequenceTokens - lengths.outputTokens()),
                promptsOnly ? LengthDistribution.fixed(1)
                        : length(lengths.outputTokens(), lengths.spread(), maxSequenceTokens - lengths.inputTokens()),
                requests, SEED);
    }

    static SimulationResult simulate(StepTimeModel model, SchedulerConfig scheduler, int workers,
                                     SyntheticWorkload workload, TransportProfile transport, SloTarget slo,
                                     RunControl control) {
        return ServingSimulator.run(workload, model, new SimulationConfig(workers, RoutingPolicy.LEAST_LOADED,
                scheduler, transport, new Slo(slo.ttftMs(), slo.tpotMs(), slo.percentile())), control);
    }

    static int requestCount(double expectedConcurrency, int outputTokens) {
        double concurrency = Math.max(1, expectedConcurrency);
        long wanted = Math.round(Math.min(MAX_REQUESTS, Math.max(MIN_REQUESTS, REQUESTS_PER_CONCURRENT * concurrency)));
        long affordable = (long) (ITERATION_BUDGET * concurrency / outputTokens);
        return (int) Math.max(FEWEST_REQUESTS, Math.min(wanted, affordable));
    }

    /** The vLLM V1 scheduler (chunked prefill, 16-token blocks), its budget widened to the stack's batch limit. */
    static SchedulerConfig scheduler(StepTimeModel model) {
        SchedulerConfig vllm = SchedulerConfig.vllmDefaults();
        return new SchedulerConfig(Math.max(vllm.maxTokensPerStep(), model.maxBatch()), vllm.kvBlockTokens(), true);
    }

    private static LengthDistribution length(int meanTokens, double spread, long maxTokens) {
        return LengthDistribution.lognormal(meanTokens, spread, (int) Math.min(Integer.MAX_VALUE, maxTokens));
    }
}
