package com.inferplan.engine.serving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ClosedLoopRunTest {

    /** 10 ms per iteration, 1 µs per KV token read in decode, 10 µs per prompt token. */
    private static AffineStepTimeModel model(int maxBatch) {
        return new AffineStepTimeModel(0.010, 0, 1e-6, 10e-6, 0, 1_000_000, maxBatch);
    }

    private static ClosedLoopResult run(int clients, int maxBatch, PrefillPolicy policy, double handlingSeconds) {
        return ClosedLoopRun.run(model(maxBatch), new SchedulerConfig(8192, 16, policy), clients, 1000, 101, 8,
                handlingSeconds);
    }

    @Test
    void aSingleClientSeesItsPrefillThenOneDecodeStepPerTokenWhateverTheStretchesSkip() {
        ClosedLoopResult r = run(1, 8, PrefillPolicy.CHUNKED_MIXED, 0);
        // TTFT: 10 ms + 1,000 prompt tokens × 10 µs = 20 ms; decode steps read 1,001 … 1,100 positions,
        // 1.0505 ms on average: TPOT = 11.0505 ms
        assertThat(r.meanTtftSeconds()).isCloseTo(0.020, within(1e-9));
        assertThat(r.meanTpotSeconds()).isCloseTo(0.0110505, within(1e-6));
        // the 100 decode steps of each request run as one event
        assertThat(r.events()).isLessThan(4 * 9);
    }

    @Test
    void theServersRequestHandlingCountsInTtft() {
        double alone = run(1, 8, PrefillPolicy.CHUNKED_MIXED, 0).meanTtftSeconds();
        double handled = run(1, 8, PrefillPolicy.CHUNKED_MIXED, 0.005).meanTtftSeconds();
        // handling drawn from [0, 10 ms]: about 5 ms more on average over the measured requests
        assertThat(handled - alone).isBetween(0.001, 0.009);
    }

    @Test
    void clientsBeyondTheBatchLimitWaitForARunningRequestToEnd() {
        ClosedLoopResult r = run(2, 1, PrefillPolicy.CHUNKED_MIXED, 0);
        // a request lives L = 20 ms + 100 × 11.0505 ms = 1.12505 s. The two clients start together: the first
        // request runs at once (TTFT 20 ms); every later one waits for the other's request to end (TTFT L + 20 ms).
        double lifetime = 0.020 + 100 * 0.0110505;
        assertThat(r.meanTtftSeconds()).isCloseTo((0.020 + 7 * (lifetime + 0.020)) / 8, within(1e-4));
        assertThat(r.meanTpotSeconds()).isCloseTo(0.0110505, within(1e-6));
    }

    @Test
    void promptChunksThatRunBeforeTheDecodesLengthenTheOthersTpot() {
        // 600-token budget: a 1,000-token prompt takes two iterations, so one client's prompt is still being
        // prefilled while the other decodes. Mixed (vLLM), that decode rides along; prefill-first (SGLang) waits.
        SchedulerConfig mixed = new SchedulerConfig(600, 16, PrefillPolicy.CHUNKED_MIXED);
        SchedulerConfig prefillFirst = new SchedulerConfig(600, 16, PrefillPolicy.CHUNKED_PREFILL_FIRST);
        ClosedLoopResult m = ClosedLoopRun.run(model(2), mixed, 2, 1000, 101, 8, 0);
        ClosedLoopResult p = ClosedLoopRun.run(model(2), prefillFirst, 2, 1000, 101, 8, 0);
        assertThat(p.meanTpotSeconds()).isGreaterThan(m.meanTpotSeconds());
    }

    @Test
    void aWholeMixedSchedulerTakesAPromptLongerThanItsBudgetAloneRatherThanStarveIt() {
        ClosedLoopResult r = ClosedLoopRun.run(model(8), new SchedulerConfig(512, 16, PrefillPolicy.WHOLE_MIXED), 2,
                1000, 101, 4, 0);
        assertThat(r.measuredRequests()).isEqualTo(4);
        assertThat(r.meanTtftSeconds()).isGreaterThanOrEqualTo(0.020);
    }

    @Test
    void aStackThatTakesOnePromptPerIterationPrefillsAnOpeningWaveInTurn() {
        SchedulerConfig onePerStep = new SchedulerConfig(8192, 16, PrefillPolicy.CHUNKED_MIXED, 1);
        ClosedLoopResult turn = ClosedLoopRun.run(model(8), onePerStep, 2, 1000, 101, 2, 0);
        // in turn: the first prompt alone, 10 ms + 10 ms; the second beside the first's decode of 1,001
        // positions, 10 + 10 + 1.001 ms, so 41.001 ms after the start: mean (20 + 41.001) / 2 ms
        assertThat(turn.meanTtftSeconds()).isCloseTo(0.0305005, within(1e-9));
        // packed: both prompts in one 30 ms iteration
        assertThat(ClosedLoopRun.run(model(8), new SchedulerConfig(8192, 16, PrefillPolicy.CHUNKED_MIXED), 2, 1000,
                101, 2, 0).meanTtftSeconds()).isCloseTo(0.030, within(1e-9));
    }

    @Test
    void aBenchmarkMeasuresTenRequestsPerClientAsNvidiasScriptsRunIt() {
        // ai-dynamo/dynamo benchmarks/llm/perf.sh: --request-count $(($concurrency*10))
        assertThat(ClosedLoopRun.benchmarkRequests(64)).isEqualTo(640);
        assertThat(ClosedLoopRun.benchmarkRequests(1)).isEqualTo(10);
    }
}
