package com.inferplan.engine.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.inferplan.engine.deployment.LayoutGoal;
import com.inferplan.engine.perf.KvTransfer;
import com.inferplan.engine.perf.StackSchedulers;
import org.junit.jupiter.api.Test;

class DisaggregatedServingTest {

    private static final Engine ENGINE = Engine.builtIn();

    private static EvaluationRequest worker(int chips, int clients) {
        return new EvaluationRequest(ENGINE.models().require("llama-3.1-8b"), ENGINE.hardware().require("nvidia-h100-sxm"),
                chips, chips, null, null, null, null, "vllm", null, LoadMode.CLOSED, clients, 4096, 256,
                SpeculativeOptions.OFF, LayoutGoal.LATENCY, false);
    }

    @Test
    void aLoneRequestsTtftIsItsPrefillPlusTheKvTransferPlusBothWorkersRequestHandling() {
        Evaluation e = ENGINE.evaluateDisaggregated(new DisaggregatedRequest(worker(1, 1), 1, worker(1, 1), 1));
        Evaluation prefillOnly = ENGINE.evaluate(worker(1, 1));
        var model = ENGINE.evaluate(worker(1, 1)).plan();
        double prefill = e.ttftSeconds();
        double handling = StackSchedulers.builtIn().find("vllm").orElseThrow().requestOverheadSeconds();
        double transfer = KvTransfer.seconds(model, model,
                ENGINE.efficiencies().resolve(model.hardware(), "vllm", null), 4096, true);
        // one client: no queue at the prefill worker, a free decode slot at once; the prefill worker and then
        // the decode worker each handle the request (decision 0540), the aggregated request only once
        // (4,096-token prefill ~105 ms; the aggregated lone request's TTFT is its handling + the same prefill)
        assertThat(prefill - 2 * handling - transfer).isCloseTo(prefillOnly.ttftSeconds() - handling, within(0.005));
        assertThat(e.throughputTokensPerSecondPerChip()).isCloseTo(e.throughputTokensPerSecond() / 2, within(1e-9));
    }

    @Test
    void aSinglePrefillWorkerSaturatesAndQueuesPromptsWhileMoreWorkersDoNot() {
        // 256 clients over 4 decode workers (the KV of 64 requests each fits): the prompts, 4,096 tokens each,
        // arrive faster than one prefill worker can run them
        Evaluation one = ENGINE.evaluateDisaggregated(new DisaggregatedRequest(worker(1, 256), 1, worker(1, 256), 4));
        Evaluation eight = ENGINE.evaluateDisaggregated(new DisaggregatedRequest(worker(1, 256), 8, worker(1, 256), 4));
        assertThat(one.ttftSeconds()).isGreaterThan(3 * eight.ttftSeconds());
        assertThat(eight.throughputTokensPerSecond()).isGreaterThan(one.throughputTokensPerSecond());
    }

    @Test
    void theClosedLoopLifetimeSaturatesAtThePrefillPoolsCapacity() {
        // 100 clients, 1 worker, 0.1 s per prompt: at most 10 prompts/s, so a lifetime of at least 10 s
        assertThat(DisaggregatedLoad.lifetime(100, 1, 0.1, 2.0)).isGreaterThanOrEqualTo(10.0);
        // 2 clients: the loop runs at 2 / L requests/s, far below capacity; L barely exceeds its fixed 2 s
        assertThat(DisaggregatedLoad.lifetime(2, 1, 0.1, 2.0)).isCloseTo(2.0, within(0.01));
    }
}
