package com.inferplan.engine.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.inferplan.engine.deployment.LayoutGoal;
import com.inferplan.engine.perf.KvTransfer;
import com.inferplan.engine.perf.StackSchedulers;
import com.inferplan.engine.serving.SchedulerConfig;
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
                ENGINE.efficiencies().resolve(model.hardware(), "vllm", null), 4096, true,
                StackSchedulers.builtIn().find("vllm").orElseThrow().kvTransferBytesPerSecond());
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
    void aDecodeWorkerSeesItsShareOfThePrefillWorkersAsWholeWorkersSlowedToTheShare() {
        // 40 prefill workers over 6 decode workers: 6.67 each, run as 7 workers at 6.67 / 7 of the speed
        var prefill = ENGINE.evaluate(worker(1, 1)).plan();
        var stack = StackSchedulers.builtIn().find("vllm").orElseThrow();
        DisaggregatedRequest d = new DisaggregatedRequest(worker(1, 64), 40, worker(1, 64), 6);
        var model = new PerformanceModels().of(prefill, ENGINE.efficiencies().resolve(prefill.hardware(), "vllm", null));
        var share = DisaggregatedLoad.prefillShare(model, stack, d, 4096);
        assertThat(share.workers()).isEqualTo(7);
        assertThat(share.time().seconds(1)).isCloseTo(model.prefill(1, 4096).seconds() * 7 / (40.0 / 6), within(1e-12));
        assertThat(share.tokenBudget()).isEqualTo(8192);
        assertThat(share.maxPrompts()).isEqualTo(1);
    }

    @Test
    void aPrefillWorkerRunsOnePromptPerIterationWhateverItsStackAdmitsAggregated() {
        // TensorRT-LLM packs waiting prompts up to its 8,192-token budget in an aggregated replica; a
        // disaggregated prefill worker is deployed with max_batch_size 1 (AIConfigurator's default, decision 0548)
        var prefill = ENGINE.evaluate(worker(1, 1)).plan();
        var stack = StackSchedulers.builtIn().find("trtllm").orElseThrow();
        assertThat(stack.servedConfig(1, 1).maxPromptsPerStep()).isEqualTo(SchedulerConfig.ANY_PROMPTS);
        var model = new PerformanceModels().of(prefill, ENGINE.efficiencies().resolve(prefill.hardware(), "trtllm", null));
        var share = DisaggregatedLoad.prefillShare(model, stack,
                new DisaggregatedRequest(worker(1, 64), 2, worker(1, 64), 1), 1024);
        assertThat(share.maxPrompts()).isEqualTo(1);
        assertThat(share.tokenBudget()).isEqualTo(8192);
    }

    @Test
    void aDecodePoolWhoseStackHasNoSchedulerUsesThePrefillStacksHandlingAndSaysSo() {
        // H100 prefill (vLLM) feeding a CS-3 decode worker: the wafer-scale stack has no scheduler entry
        EvaluationRequest decode = new EvaluationRequest(ENGINE.models().require("llama-3.1-8b"),
                ENGINE.hardware().require("cerebras-cs-3"), null, null, null, null, null, null, null, null,
                LoadMode.CLOSED, 4, 4096, 256, SpeculativeOptions.OFF, LayoutGoal.LATENCY, true);
        Evaluation e = ENGINE.evaluateDisaggregated(new DisaggregatedRequest(worker(1, 4), 1, decode, 1));
        assertThat(e.fits()).isTrue();
        assertThat(e.explanation().notes()).anySatisfy(note -> assertThat(note)
                .contains("has no scheduler entry").contains("prefill stack's (vllm)"));
    }
}
