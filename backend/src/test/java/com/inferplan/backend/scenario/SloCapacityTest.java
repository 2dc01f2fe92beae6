package com.inferplan.backend.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.inferplan.engine.serving.AffineStepTimeModel;
import org.junit.jupiter.api.Test;

class SloCapacityTest {

    // step = 10 ms + 0.5 ms per decoding sequence; prefill = 10 ms + 10 µs per prompt token.
    private static AffineStepTimeModel replica(long kvTokens) {
        return new AffineStepTimeModel(0.010, 0.0005, 0, 0.000_01, 0, kvTokens, 256);
    }

    @Test
    void largestBatchWithinTheTpotLimitSetsTheCapacity() {
        // prefill(1000) = 10 ms + 1000 · 10 µs = 20 ms; TPOT(b) = 10 + 0.5 b + b · 20 / 100 = 10 + 0.7 b ms.
        // Limit 24.5 ms: b = 20 (24.0 ms), b = 21 would be 24.7 ms. step(20) = 20 ms;
        // capacity = 20 / (20 · 0.020 + 100 · 0.020) = 20 / 2.4 = 8.333 requests/s.
        SloCapacity c = SloCapacity.of(replica(1_000_000), 1000, 100, 0.0245, 1.0, 1000, 8192);
        assertThat(c.sloReachable()).isTrue();
        assertThat(c.batch()).isEqualTo(20);
        assertThat(c.prefillSeconds()).isCloseTo(0.020, within(1e-12));
        assertThat(c.stepSeconds()).isCloseTo(0.020, within(1e-12));
        assertThat(c.tpotSeconds()).isCloseTo(0.024, within(1e-12));
        assertThat(c.requestsPerSecond()).isCloseTo(20 / 2.4, within(1e-9));
        // 1,000,000 KV tokens / 1,100 per request = 909 > the stack's 256
        assertThat(c.batchLimit()).isEqualTo(256);
    }

    @Test
    void kvCacheCapsTheBatchWhenItHoldsFewerRequestsThanTheLimitAllows() {
        // 5,500 tokens / (1,000 + 100) per request = 5 requests
        SloCapacity c = SloCapacity.of(replica(5_500), 1000, 100, 0.0245, 1.0, 1000, 8192);
        assertThat(c.batchLimit()).isEqualTo(5);
        assertThat(c.batch()).isEqualTo(5);
    }

    @Test
    void aLimitBelowSingleRequestSpeedIsUnreachableAndSizedAtBatchOne() {
        // TPOT(1) = 10.7 ms > 10 ms; capacity at batch 1 = 1 / (0.020 + 100 · 0.0105) = 1 / 1.07
        SloCapacity c = SloCapacity.of(replica(1_000_000), 1000, 100, 0.010, 1.0, 1000, 8192);
        assertThat(c.tpotReachable()).isFalse();
        assertThat(c.sloReachable()).isFalse();
        assertThat(c.batch()).isEqualTo(1);
        assertThat(c.requestsPerSecond()).isCloseTo(1 / 1.07, within(1e-9));
    }

    @Test
    void aTtftLimitBelowOnePromptsPrefillCannotBeMetAtAnyLoad() {
        // prefill alone takes 20 ms; a server-side TTFT limit of 15 ms is out of reach, TPOT is not
        SloCapacity c = SloCapacity.of(replica(1_000_000), 1000, 100, 0.0245, 0.015, 1000, 8192);
        assertThat(c.ttftReachable()).isFalse();
        assertThat(c.tpotReachable()).isTrue();
        assertThat(c.sloReachable()).isFalse();
    }

    @Test
    void theTtftFloorIsSetByThePromptAtTheSlosPercentile() {
        // mean prompts of 1,000 tokens prefill in 20 ms, but the p90 prompt of 3,000 tokens takes
        // 10 ms + 30 ms = 40 ms, beyond a 30 ms limit
        SloCapacity c = SloCapacity.of(replica(1_000_000), 1000, 100, 0.0245, 0.030, 3000, 8192);
        assertThat(c.tailPrefillSeconds()).isCloseTo(0.040, within(1e-12));
        assertThat(c.ttftReachable()).isFalse();
    }

    @Test
    void promptsAtAPercentileFollowTheSimulatorsLognormal() {
        // mean 1,000, sigma 0.5: median = 1,000 · e^(−0.125) = 882.50; p90 = 882.50 · e^(1.28155 · 0.5) = 1,674.9
        assertThat(SloCapacity.promptAtPercentile(1000, 0.5, 90, 100_000)).isEqualTo(1675);
        // p99 = 882.50 · e^(2.32635 · 0.5) = 2,824.1
        assertThat(SloCapacity.promptAtPercentile(1000, 0.5, 99, 100_000)).isEqualTo(2824);
        assertThat(SloCapacity.promptAtPercentile(1000, 0.5, 99, 2_000)).isEqualTo(2000);
        assertThat(SloCapacity.promptAtPercentile(1000, 0, 99, 100_000)).isEqualTo(1000);
    }

    @Test
    void longPromptsArePrefilledInChunksOfTheSchedulerBudget() {
        // 20,000 tokens in chunks of 8,192, 8,192 and 3,616: 3 · 10 ms + 20,000 · 10 µs = 230 ms
        assertThat(SloCapacity.prefillSeconds(replica(1_000_000), 20_000, 8192)).isCloseTo(0.230, within(1e-12));
    }
}
