package com.inferplan.engine.serving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DisaggregatedClosedLoopTest {

    /** Decode iterations of 10 ms whatever they hold; a landed prompt costs nothing more. */
    private static final StepTimeModel DECODE = new AffineStepTimeModel(0.010, 0, 0, 0, 0, 1_000_000, 8);
    private static final SchedulerConfig LANDING = new SchedulerConfig(8000, 16, PrefillPolicy.CHUNKED_MIXED);
    /** One worker, one 1,000-token prompt per iteration, 20 ms each. */
    private static final PrefillWorkers ONE_PROMPT_WORKER = new PrefillWorkers(1, 1000, 8, prompts -> 0.020 * prompts);

    @Test
    void aLoneRequestsTtftIsPrefillTransferAndTheDecodeIterationItJoins() {
        ClosedLoopResult r = DisaggregatedClosedLoop.run(DECODE, LANDING, ONE_PROMPT_WORKER, 1, 1000, 101, 8, 0, 0.005);
        // 20 ms prefill + 5 ms transfer + the 10 ms iteration that emits the first token; then 10 ms per token
        assertThat(r.meanTtftSeconds()).isCloseTo(0.035, within(1e-9));
        assertThat(r.meanTpotSeconds()).isCloseTo(0.010, within(1e-9));
        assertThat(r.measuredRequests()).isEqualTo(8);
    }

    @Test
    void anOpeningWaveQueuesAtThePrefillWorkerAndJoinsTheRunningDecodes() {
        ClosedLoopResult r = DisaggregatedClosedLoop.run(DECODE, LANDING, ONE_PROMPT_WORKER, 2, 1000, 101, 2, 0, 0.005);
        // the second prompt is prefilled after the first (ready at 40 ms), lands at 45 ms while the first
        // decodes in iterations 25-35-45 ms, and gets its first token at the end of the 45-55 ms iteration:
        // TTFTs 35 and 55 ms
        assertThat(r.meanTtftSeconds()).isCloseTo(0.045, within(1e-9));
    }

    @Test
    void bothServersHandlingCountsInTtft() {
        double without = DisaggregatedClosedLoop.run(DECODE, LANDING, ONE_PROMPT_WORKER, 1, 1000, 101, 64, 0, 0)
                .meanTtftSeconds();
        double with = DisaggregatedClosedLoop.run(DECODE, LANDING, ONE_PROMPT_WORKER, 1, 1000, 101, 64, 0.005, 0)
                .meanTtftSeconds();
        // two draws from [0, 10 ms], 10 ms on average, and landing waits for the next 10 ms iteration boundary
        assertThat(with - without).isBetween(0.005, 0.025);
    }
}
