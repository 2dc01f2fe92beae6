package com.inferplan.engine.loadtest;

import com.inferplan.engine.serving.RateBounds;
import com.inferplan.engine.serving.RoutingPolicy;
import com.inferplan.engine.serving.SchedulerConfig;
import com.inferplan.engine.serving.ServingSimulator;
import com.inferplan.engine.serving.SimulationConfig;
import com.inferplan.engine.serving.SimulationResult;
import com.inferplan.engine.serving.Slo;
import com.inferplan.engine.serving.SloSearch;
import com.inferplan.engine.serving.SloSearchResult;
import com.inferplan.engine.serving.RunControl;
import com.inferplan.engine.serving.workload.SyntheticWorkload;
import com.inferplan.engine.serving.validation.Require;
import com.inferplan.engine.transport.TransportProfile;

/**
 * One load test: traffic of a given shape against a planned deployment, seen by clients through a
 * transport and judged against an SLO. Replicas sit behind a least-loaded router and schedule like
 * vLLM V1 (chunked prefill, 16-token KV blocks).
 */
public record LoadTest(ServingDeployment deployment, WorkloadShape workload, Slo slo, TransportProfile transport) {

    /**
     * The SLO when none is given: MLPerf Inference's server-scenario limits for Llama 2 70B, TTFT 2,000 ms
     * and TPOT 200 ms, judged at the 99th percentile (mlcommons/inference, loadgen/mlperf.conf).
     */
    public static final Slo DEFAULT_SLO = new Slo(2000, 200, 99);

    /** The SLO search stops when its bracket is within 2% of the threshold. */
    static final double SEARCH_TOLERANCE = 0.02;
    /** The search brackets [saturation / 1000, 3 × saturation]: the estimate is rough, the range generous. */
    static final double SEARCH_SPAN_BELOW = 1_000;
    static final double SEARCH_SPAN_ABOVE = 3;

    public LoadTest {
        Require.present("deployment", deployment);
        Require.present("workload", workload);
        Require.present("slo", slo);
        Require.present("transport", transport);
    }

    public LoadTest withWorkload(WorkloadShape shape) {
        return new LoadTest(deployment, shape, slo, transport);
    }

    public SimulationConfig config() {
        int budget = Math.max(SchedulerConfig.vllmDefaults().maxTokensPerStep(), deployment.stepTimeModel().maxBatch());
        SchedulerConfig scheduler = new SchedulerConfig(budget, SchedulerConfig.vllmDefaults().kvBlockTokens(), true);
        return new SimulationConfig(deployment.replicas(), RoutingPolicy.LEAST_LOADED, scheduler, transport, slo);
    }

    public SyntheticWorkload syntheticWorkload() {
        return workload.toWorkload(deployment.plan().model().maxContext());
    }

    public SimulationResult run(RunControl control) {
        return ServingSimulator.run(syntheticWorkload(), deployment.stepTimeModel(), config(), control);
    }

    /** Rough rate at which every replica is full, requests per second (brackets searches, scales sweeps). */
    public double saturationRate() {
        return SaturationRate.requestsPerSecond(deployment, workload);
    }

    public RateBounds searchBounds() {
        double saturation = saturationRate();
        return new RateBounds(saturation / SEARCH_SPAN_BELOW, saturation * SEARCH_SPAN_ABOVE, SEARCH_TOLERANCE);
    }

    /** Simulations a search runs at most: bisection steps to narrow the bracket to the tolerance, plus both ends. */
    static int searchProbesAtMost() {
        double narrowings = Math.log(SEARCH_SPAN_ABOVE * SEARCH_SPAN_BELOW) / Math.log1p(SEARCH_TOLERANCE);
        return (int) Math.ceil(Math.log(narrowings) / Math.log(2)) + 2;
    }

    /** The highest rate attaining the SLO; every probe replays the same {@code workload.requests()} requests. */
    public SloSearchResult findMaxRate(RunControl control) {
        return SloSearch.highestRate(syntheticWorkload(), deployment.stepTimeModel(), config(), searchBounds(),
                control);
    }
}
