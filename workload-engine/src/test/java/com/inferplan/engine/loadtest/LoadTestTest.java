package com.inferplan.engine.loadtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.inferplan.engine.serving.AffineStepTimeModel;
import com.inferplan.engine.serving.RoutingPolicy;
import com.inferplan.engine.serving.RunControl;
import com.inferplan.engine.serving.SimulationConfig;
import com.inferplan.engine.serving.SimulationResult;
import com.inferplan.engine.serving.Slo;
import com.inferplan.engine.transport.TransportProfile;
import org.junit.jupiter.api.Test;

class LoadTestTest {

    /** 10 ms per iteration + 1 ms per decoding sequence; prompts cost only the iteration. */
    private static final AffineStepTimeModel STEPS = new AffineStepTimeModel(0.010, 0.001, 0, 0, 0, 1_000_000, 10);
    private static final WorkloadShape SHAPE = new WorkloadShape(5, 2000, 1, 100, 0, 50, 0, 3);
    private static final Slo SLO = new Slo(1000, 100, 90);

    @Test
    void saturationCountsAFullBatchsDecodeStepsAndOnePrefillPerRequest() {
        LoadTest test = new LoadTest(LoadTestFixtures.withSteps(STEPS, 2), SHAPE, SLO, TransportProfile.NONE);
        // batch 10: decode step 10 + 10 × 1 = 20 ms; prefill 10 ms; per request 10 + 50 × 20 / 10 = 110 ms
        // → 1 / 0.110 = 9.09 requests/s per replica, × 2 replicas = 18.18
        assertThat(test.saturationRate()).isCloseTo(2 / 0.110, within(1e-9));
        assertThat(test.searchBounds().minRatePerSecond()).isCloseTo(2 / 0.110 / 1000, within(1e-12));
        assertThat(test.searchBounds().maxRatePerSecond()).isCloseTo(3 * 2 / 0.110, within(1e-9));
    }

    @Test
    void everyCopysReplicaSitsBehindALeastLoadedRouterWithTheChosenTransport() {
        LoadTest test = new LoadTest(LoadTestFixtures.withSteps(STEPS, 3), SHAPE, SLO, TransportProfile.webSocket());

        SimulationConfig config = test.config();

        assertThat(config.replicas()).isEqualTo(3);
        assertThat(config.routing()).isEqualTo(RoutingPolicy.LEAST_LOADED);
        assertThat(config.scheduler().chunkedPrefill()).isTrue();
        assertThat(config.transport()).isEqualTo(TransportProfile.webSocket());
        assertThat(config.slo()).isEqualTo(SLO);
    }

    @Test
    void aRunCompletesEveryRequestOfTheShape() {
        LoadTest test = new LoadTest(LoadTestFixtures.withSteps(STEPS, 1), SHAPE, SLO, TransportProfile.NONE);

        SimulationResult result = test.run(RunControl.NONE);

        // 5 requests/s against a 9.09/s replica: stable, nothing rejected.
        assertThat(result.completed()).isEqualTo(2000);
        assertThat(result.rejected()).isZero();
        assertThat(result.utilization()).isBetween(0.3, 1.0);
    }

    @Test
    void theSearchRunsAtMostElevenSimulations() {
        // bracket ratio 3 × 1000 = 3000; ln 3000 / ln 1.02 = 404.3 narrowings → ⌈log2 404.3⌉ = 9 steps + 2 ends
        assertThat(LoadTest.searchProbesAtMost()).isEqualTo(11);
    }
}
