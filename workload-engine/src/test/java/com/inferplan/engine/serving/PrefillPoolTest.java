package com.inferplan.engine.serving;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrefillPoolTest {

    /** 10 ms per iteration plus 10 ms per prompt. */
    private static PrefillPool pool(int workers, int budget, int promptTokens) {
        return new PrefillPool(new PrefillWorkers(workers, budget, Integer.MAX_VALUE, prompts -> 0.010 + 0.010 * prompts),
                promptTokens);
    }

    private static List<Double> readyTimes(PrefillPool pool, double until) {
        List<Double> ready = new ArrayList<>();
        pool.advanceTo(until, (sent, at) -> ready.add(at));
        return ready;
    }

    @Test
    void promptsWaitingWhenAWorkerStartsShareItsIterationUpToTheBudget() {
        PrefillPool pool = pool(1, 2048, 1000);
        for (int i = 0; i < 3; i++) {
            pool.offer(0, 0);
        }
        // two 1,000-token prompts fit 2,048 tokens: 0 → 30 ms; the third alone: 30 → 50 ms
        assertThat(readyTimes(pool, 1)).containsExactly(0.030, 0.030, 0.050);
        assertThat(pool.idle(0.05)).isTrue();
    }

    @Test
    void aPromptArrivingDuringAnIterationWaitsForTheNextAndOneOverTheBudgetRunsAlone() {
        PrefillPool pool = pool(1, 2048, 3000);
        pool.offer(0, 0);
        pool.offer(0.005, 0.005);
        // 3,000 tokens exceed the budget: each prompt is an iteration of its own, the second starting at 20 ms
        assertThat(readyTimes(pool, 1)).containsExactly(0.020, 0.040);
    }

    @Test
    void aSecondWorkerTakesAPromptAtOnceAndIterationsStartOnlyUpToTheTimeAskedFor() {
        PrefillPool pool = pool(2, 2048, 1000);
        pool.offer(0, 0);
        pool.offer(0.001, 0.001);
        pool.offer(0.5, 0.5);
        assertThat(readyTimes(pool, 0.1)).containsExactly(0.020, 0.021);
        assertThat(pool.nextStart()).isEqualTo(0.5);
        assertThat(pool.idle(0.1)).isFalse();
    }
}
