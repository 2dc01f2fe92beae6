package com.inferplan.engine.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.inferplan.engine.model.MoeRouting;
import com.inferplan.engine.model.MoeSpec;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ExpertActivationTest {

    private static final MoeSpec MIXTRAL_LIKE = new MoeSpec(8, 2, 0, 14336, 0, MoeRouting.SOFTMAX_THEN_TOP_K, 1, 1, false);

    @Test
    void oneTokenTouchesExactlyTopKExperts() {
        assertThat(ExpertActivation.expected().distinctExperts(MIXTRAL_LIKE, 1)).isCloseTo(2.0, within(1e-12));
    }

    @Test
    void manyTokensTouchNearlyEveryExpert() {
        // 8 · (1 − 0.75^64) = 8 · (1 − 1.01e-8)
        assertThat(ExpertActivation.expected().distinctExperts(MIXTRAL_LIKE, 64)).isCloseTo(8.0, within(1e-6));
    }

    @Test
    void formulaMatchesSimulatedUniformTopKRouting() {
        // each token picks a uniformly random set of k = 4 of E = 64 experts; T = 16 tokens
        SplittableRandom random = new SplittableRandom(2024);
        int trials = 4000;
        double mean = 0;
        for (int trial = 0; trial < trials; trial++) {
            boolean[] used = new boolean[64];
            for (int token = 0; token < 16; token++) {
                for (int expert : randomSubset(random, 64, 4)) {
                    used[expert] = true;
                }
            }
            int distinct = 0;
            for (boolean u : used) {
                distinct += u ? 1 : 0;
            }
            mean += (double) distinct / trials;
        }
        // 64 · (1 − (60/64)^16) = 64 · (1 − 0.3561) = 41.21
        double expected = ExpertActivation.expectedDistinct(64, 4, 16);
        assertThat(expected).isCloseTo(41.21, within(0.01));
        assertThat(mean).isCloseTo(expected, within(expected * 0.01));
    }

    @Test
    void anObservedMeanIsUsedAsGivenAndMustFitTheExperts() {
        assertThat(ExpertActivation.observed(3.5).distinctExperts(MIXTRAL_LIKE, 100)).isEqualTo(3.5);
        assertThatThrownBy(() -> ExpertActivation.observed(9).distinctExperts(MIXTRAL_LIKE, 1))
                .hasMessageContaining("exceeds the 8 experts");
        assertThatThrownBy(() -> ExpertActivation.observed(0)).hasMessageContaining("must be positive");
    }

    private static int[] randomSubset(SplittableRandom random, int n, int k) {
        int[] pool = new int[n];
        for (int i = 0; i < n; i++) {
            pool[i] = i;
        }
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(n - i);
            int swap = pool[i];
            pool[i] = pool[j];
            pool[j] = swap;
        }
        return Arrays.copyOf(pool, k);
    }
}
