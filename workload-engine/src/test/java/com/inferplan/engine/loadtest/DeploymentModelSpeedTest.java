package com.inferplan.engine.loadtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.inferplan.engine.serving.AffineStepTimeModel;
import org.junit.jupiter.api.Test;

class DeploymentModelSpeedTest {

    /** 10 ms per iteration + 1 ms per decoding sequence + 1 µs per KV token read + 0.1 ms per prompt token. */
    private static final AffineStepTimeModel STEPS = new AffineStepTimeModel(0.010, 0.001, 1e-6, 1e-4, 0, 1_000_000, 8);

    @Test
    void aLoneSequenceDecodesAtOneOverTheStepTime() {
        // 1 / (10 ms + 1 ms + 1,000 × 1 µs) = 1 / 12 ms = 83.33 tok/s
        assertThat(new DeploymentModelSpeed(STEPS, 1, 1000).outputTokensPerSecond(1000)).isCloseTo(83.333, within(1e-3));
    }

    @Test
    void anUncachedPromptIsPrefilledInChunks() {
        // 2,500 new tokens in chunks of 1,000, 1,000, 500: (10 + 100) + (10 + 100) + (10 + 50) ms = 280 ms
        assertThat(new DeploymentModelSpeed(STEPS, 1, 1000).timeToFirstTokenSeconds(3000, 2500))
                .isCloseTo(0.280, within(1e-12));
    }

    @Test
    void chunksAttendToEverythingCachedBeforeThem() {
        AffineStepTimeModel attention = new AffineStepTimeModel(0, 0, 0, 0, 1e-8, 1_000_000, 8);
        // Positions 501…3,000 each attend to themselves and all before: Σ k = 4,501,500 − 125,250 = 4,376,250
        assertThat(new DeploymentModelSpeed(attention, 1, 1000).timeToFirstTokenSeconds(3000, 2500))
                .isCloseTo(0.0437625, within(1e-12));
    }

    @Test
    void otherUsersSlowBothPrefillAndDecode() {
        DeploymentModelSpeed shared = new DeploymentModelSpeed(STEPS, 4, 1000);
        // prefill next to 3 decodes at 1,000 tokens: 10 + 3 × 1 + 3,000 × 0.001 + 500 × 0.1 ms = 66 ms
        assertThat(shared.timeToFirstTokenSeconds(1000, 500)).isCloseTo(0.066, within(1e-12));
        // decode of 4: 10 + 4 + 4 × 1 ms = 18 ms per token
        assertThat(shared.outputTokensPerSecond(1000)).isCloseTo(1 / 0.018, within(1e-9));
    }

    @Test
    void aFullyCachedPromptStillRecomputesItsLastToken() {
        assertThat(new DeploymentModelSpeed(STEPS, 1, 1000).timeToFirstTokenSeconds(3000, 0))
                .isCloseTo(0.0101, within(1e-12));
    }

    @Test
    void moreUsersThanTheBatchLimitAreRefused() {
        assertThatThrownBy(() -> new DeploymentModelSpeed(STEPS, 9, 1000))
                .hasMessage("concurrentSequences = 9: exceeds the replica's batch limit of 8");
    }
}
