package com.inferplan.engine.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import com.inferplan.engine.deployment.LayoutGoal;
import org.junit.jupiter.api.Test;

class LoadEstimatesTest {

    private static final Engine ENGINE = Engine.builtIn();

    private static Evaluation run(String model, String hw, int chips, String framework, LoadMode load, int users,
                                  int in, int out) {
        return ENGINE.evaluate(new EvaluationRequest(ENGINE.models().require(model), ENGINE.hardware().require(hw),
                chips, null, null, null, null, null, framework, "2024-11", load, users, in, out,
                SpeculativeOptions.STACK_DEFAULT, LayoutGoal.LATENCY, false));
    }

    @Test
    void aStaticBatchLargerThanTheKvCacheRunsInWaves() {
        // llama-2-7b (multi-head attention) bf16 on one H100: 512 KB of KV per token, 2,048 per sequence = 1.07 GB;
        // about 58 GB are left for KV, so 64 sequences do not fit at once and run as two waves of 32
        Evaluation two = run("llama-2-7b", "nvidia-h100-sxm", 1, "trtllm", LoadMode.STATIC, 64, 1024, 1024);
        Evaluation one = run("llama-2-7b", "nvidia-h100-sxm", 1, "trtllm", LoadMode.STATIC, 32, 1024, 1024);
        assertThat(two.fits()).isTrue();
        assertThat(two.batchPerReplica()).isEqualTo(32);
        assertThat(two.e2eSeconds()).isCloseTo(2 * one.e2eSeconds(), within(1e-9));
        assertThat(two.tpotSeconds()).isCloseTo(one.tpotSeconds(), within(1e-12));
    }

    @Test
    void closedLoopRequestsBeyondTheSlotsWaitForAFreeOne() {
        Evaluation fits = run("llama-3.1-8b", "nvidia-h100-sxm", 1, "vllm", LoadMode.CLOSED, 256, 1000, 1000);
        Evaluation queued = run("llama-3.1-8b", "nvidia-h100-sxm", 1, "vllm", LoadMode.CLOSED, 512, 1000, 1000);
        // vLLM admits at most max_num_seqs = 256; in the simulated closed loop the other 256 wait for a free slot,
        // about one request lifetime, while the running batch decodes as before
        assertThat(queued.batchPerReplica()).isEqualTo(256);
        assertThat(queued.tpotSeconds()).isCloseTo(fits.tpotSeconds(), withinPercentage(2));
        assertThat(queued.ttftSeconds()).isGreaterThan(fits.ttftSeconds() + fits.e2eSeconds() * 0.9);
    }

    @Test
    void promptsWaitForOtherPromptsPrefillsAsLoadRises() {
        Evaluation alone = run("llama-3.3-70b", "nvidia-h100-sxm", 2, "trtllm", LoadMode.CLOSED, 1, 5000, 500);
        Evaluation busy = run("llama-3.3-70b", "nvidia-h100-sxm", 2, "trtllm", LoadMode.CLOSED, 50, 5000, 500);
        assertThat(busy.ttftSeconds()).isGreaterThan(alone.ttftSeconds() * 1.2);
    }

    @Test
    void tensorRtLlmReservesWholeContextsSoFewerRequestsRunThanVllmHolds() {
        // same chip and KV bytes; TensorRT-LLM counts 1000 + 1000 tokens per request, vLLM 1000 + 500 on average,
        // but TensorRT-LLM keeps 95% of the free memory for KV where vLLM keeps 90% of the whole tier
        Evaluation trt = run("llama-3.1-8b", "nvidia-h100-sxm", 1, "trtllm", LoadMode.MAX, 1, 1000, 1000);
        Evaluation vllm = run("llama-3.1-8b", "nvidia-h100-sxm", 1, "vllm", LoadMode.MAX, 1, 1000, 1000);
        long trtTokens = trt.plan().kvCapacityTokens();
        assertThat(trt.batchPerReplica()).isEqualTo((int) Math.min(2048, trtTokens / 2000));
        assertThat(vllm.batchPerReplica()).isEqualTo(256);
    }

    @Test
    void aThirtyThousandTokenPromptIsServedOnJetStreamAndNeuron() {
        // JetStream prefills one whole prompt per call up to the deployment's compiled prefill length and the vLLM
        // Neuron scheduler's budget is 131,072 tokens: neither refuses a 30,000-token prompt (decision 0535)
        for (String[] system : new String[][] {{"google-tpu-v6e", "8", "jetstream"}, {"aws-trainium2", "16", "neuron"}}) {
            Evaluation shortPrompt = run("llama-3.1-70b", system[0], Integer.parseInt(system[1]), system[2],
                    LoadMode.CLOSED, 1, 1000, 1000);
            Evaluation longPrompt = run("llama-3.1-70b", system[0], Integer.parseInt(system[1]), system[2],
                    LoadMode.CLOSED, 1, 30000, 1000);
            assertThat(longPrompt.fits()).as(system[0]).isTrue();
            // 30 times the prompt: at least 15 times the TTFT once fixed costs are counted
            assertThat(longPrompt.ttftSeconds()).as(system[0]).isGreaterThan(15 * shortPrompt.ttftSeconds());
        }
    }

    @Test
    void aStackThatPrefillsOnePromptAtATimeStaggersAStaticBatchsFirstTokens() {
        // vLLM Neuron admits one prompt per prefill step: 8 prompts take 8 prefills, the mean TTFT 4.5 of them
        Evaluation one = run("llama-3.1-8b", "aws-trainium2", 4, "neuron", LoadMode.STATIC, 1, 128, 256);
        Evaluation eight = run("llama-3.1-8b", "aws-trainium2", 4, "neuron", LoadMode.STATIC, 8, 128, 256);
        assertThat(eight.ttftSeconds()).isCloseTo(4.5 * one.ttftSeconds(), withinPercentage(1));
    }
}
