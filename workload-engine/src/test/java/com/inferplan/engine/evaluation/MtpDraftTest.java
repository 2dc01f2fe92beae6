package com.inferplan.engine.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.inferplan.engine.deployment.LayoutGoal;
import org.junit.jupiter.api.Test;

class MtpDraftTest {

    private static final Engine ENGINE = Engine.builtIn();

    private static Evaluation deepSeek(SpeculativeOptions speculative) {
        return ENGINE.evaluate(new EvaluationRequest(ENGINE.models().require("deepseek-v3"),
                ENGINE.hardware().require("nvidia-h200-sxm"), 8, null, null, null, null, null, "sglang", "2025-06",
                LoadMode.CLOSED, 1, 1000, 1000, speculative, LayoutGoal.LATENCY, true));
    }

    @Test
    void askingForDraftingWithoutADraftUsesTheMtpLayerAtTheReportedAcceptance() {
        Evaluation mtp = deepSeek(new SpeculativeOptions(true, null, null, null));
        assertThat(mtp.explanation().notes()).anySatisfy(note -> assertThat(note)
                .contains("draft its 1 multi-token-prediction layer, γ = 1, α = 0.85"));
    }

    @Test
    void theMtpDraftCanBeNamedAndSpeedsUpASingleStream() {
        Evaluation plain = deepSeek(SpeculativeOptions.OFF);
        Evaluation mtp = deepSeek(new SpeculativeOptions(null, "mtp", null, null));
        // one draft token kept with p = 0.85: 1.85 tokens per target step for a draft step of a few percent
        assertThat(mtp.tpotSeconds()).isLessThan(plain.tpotSeconds() / 1.5);
    }

    @Test
    void withoutARequestAGpuStackDecodesPlainlyAsBefore() {
        Evaluation stack = deepSeek(SpeculativeOptions.STACK_DEFAULT);
        assertThat(stack.tpotSeconds()).isEqualTo(deepSeek(SpeculativeOptions.OFF).tpotSeconds());
    }

    @Test
    void draftingWithTheMtpLayerHoldsItInMemoryAndPlainDecodingDoesNot() {
        Evaluation plain = deepSeek(SpeculativeOptions.OFF);
        Evaluation mtp = deepSeek(new SpeculativeOptions(null, "mtp", null, null));
        // 576 FP8 bytes of MLA latent per layer and token: 61 layers, and the draft layer's own
        assertThat(plain.plan().kvBytesPerToken()).isEqualTo(61 * 576.0);
        assertThat(mtp.plan().kvBytesPerToken()).isEqualTo(62 * 576.0);
        assertThat(mtp.plan().kvCapacityTokens()).isLessThan(plain.plan().kvCapacityTokens());
        assertThat(mtp.explanation().notes()).anySatisfy(note -> assertThat(note)
                .contains("held beside the model's in the memory fit"));
    }
}
