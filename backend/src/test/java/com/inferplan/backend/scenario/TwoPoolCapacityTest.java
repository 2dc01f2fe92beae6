package com.inferplan.backend.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.inferplan.backend.scenario.TwoPoolCapacity.Worker;
import com.inferplan.engine.serving.AffineStepTimeModel;
import com.inferplan.pricing.tokens.EndToEndThroughput;
import com.inferplan.pricing.tokens.WorkloadMix;
import org.junit.jupiter.api.Test;

class TwoPoolCapacityTest {

    // step = 10 ms + 0.5 ms per decoding sequence; prefill = 10 ms + 10 µs per prompt token (as SloCapacityTest).
    private static final AffineStepTimeModel STEPS = new AffineStepTimeModel(0.010, 0.0005, 0, 0.000_01, 0,
            1_000_000, 256);
    private static final Worker DECODE = new Worker(STEPS, 8);
    private static final Worker PREFILL = new Worker(STEPS, 4);

    private static SloCapacity capacity(double ttftLimitSeconds, int tailPrompt) {
        return TwoPoolCapacity.of(DECODE, PREFILL, 1000, 100, 0.0245, ttftLimitSeconds, tailPrompt, 8192,
                chips -> 0.005);
    }

    @Test
    void decodeWorkersOnlyDecodeSoTheirBatchIsSetByTheStepTimeAlone() {
        // No prefill between steps: TPOT(b) = 10 + 0.5 b ms (+ 1 µs per landing), limit 24.5 ms -> b = 28 (24.0 ms);
        // one worker with prefill interleaved (SloCapacityTest) reaches only b = 20.
        SloCapacity c = capacity(1.0, 1000);
        assertThat(c.pools().decodeBatch()).isEqualTo(28);
        assertThat(c.stepSeconds()).isCloseTo(0.024, within(1e-12));
        assertThat(c.tpotReachable()).isTrue();
    }

    @Test
    void theSmallestReplicaNearTheBestRequestsPerChipIsTaken() {
        // decode worker: 28 / (100 · 0.024 s) = 11.667 requests/s on 8 chips; prefill worker: 1 / 20 ms = 50 on 4.
        // D = 1..8 with P = ceil(D · 11.667 / 50): per chip 0.972, 1.167, 1.250 (D 3, P 1, 28 chips), 1.296 (best),
        // 1.215, 1.250, 1.276, 1.296. 95% of the best is 1.231: D = 3 is the smallest within it.
        SloCapacity c = capacity(1.0, 1000);
        assertThat(c.pools().prefillWorkers()).isEqualTo(1);
        assertThat(c.pools().decodeWorkers()).isEqualTo(3);
        assertThat(c.pools().chips()).isEqualTo(28);
        assertThat(c.requestsPerSecond()).isCloseTo(3 * 28 / 2.4, within(1e-9));
        assertThat(c.batch()).isEqualTo(84);
        assertThat(c.prefillSeconds()).isCloseTo(0.020, within(1e-12));
    }

    @Test
    void theTtftFloorIsTheTailPromptsPrefillPlusItsKvTransfer() {
        // the 3,000-token tail prompt prefills in 10 + 30 = 40 ms; with the 5 ms transfer 45 ms > 42 ms
        assertThat(capacity(0.042, 3000).ttftReachable()).isFalse();
        assertThat(capacity(0.046, 3000).ttftReachable()).isTrue();
        assertThat(capacity(0.046, 3000).pools().transferSeconds()).isEqualTo(0.005);
    }

    @Test
    void inputTokensAreChargedThePrefillPoolsShareOfTheChips() {
        // 35 requests/s · 100 tokens / 28 chips = 125 tokens/s per chip; prefill chips 4 of 28
        EndToEndThroughput t = capacity(1.0, 1000).throughput(28, 100);
        assertThat(t.outputTokensPerSecond()).isCloseTo(125, within(1e-9));
        assertThat(t.prefillShare(new WorkloadMix(1000, 100, 0))).isCloseTo(4.0 / 28, within(1e-12));
    }
}
