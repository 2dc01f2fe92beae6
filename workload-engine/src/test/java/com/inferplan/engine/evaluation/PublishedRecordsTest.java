package com.inferplan.engine.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.inferplan.engine.deployment.LayoutGoal;
import org.junit.jupiter.api.Test;

/** Published single-stream records the engine must reproduce (sources in measurements-public.csv). */
class PublishedRecordsTest {

    private static final Engine ENGINE = Engine.builtIn();

    private static Evaluation singleStream(String model, String hw, Integer chips, String date) {
        return ENGINE.evaluate(new EvaluationRequest(ENGINE.models().require(model), ENGINE.hardware().require(hw),
                chips, null, null, null, null, null, null, date, LoadMode.CLOSED, 1, 1000, 1000,
                SpeculativeOptions.STACK_DEFAULT, LayoutGoal.LATENCY, false));
    }

    @Test
    void llama8bOnOneCs3DecodesFasterThan1000TokensPerSecond() {
        Evaluation e = singleStream("llama-3.1-8b", "cerebras-cs-3", null, "2024-08-27");
        assertThat(e.plan().chips()).isEqualTo(1);
        assertThat(e.outputTokensPerSecondPerUser()).isGreaterThan(1000);
    }

    @Test
    void gptOss20bOnOneCs3DecodesFasterThan1000TokensPerSecond() {
        Evaluation e = singleStream("gpt-oss-20b", "cerebras-cs-3", 1, null);
        assertThat(e.fits()).isTrue();
        assertThat(e.outputTokensPerSecondPerUser()).isGreaterThan(1000);
    }

    @Test
    void llama8bBf16OnOneH100DecodesBetween100And300TokensPerSecond() {
        Evaluation e = singleStream("llama-3.1-8b", "nvidia-h100-sxm", 1, null);
        assertThat(e.outputTokensPerSecondPerUser()).isBetween(100.0, 300.0);
        assertThat(e.decodeBottleneck().label()).isEqualTo("memory");
    }

    @Test
    void llama70bOnFourCs3WithLaunchSoftwareIsNear450TokensPerSecond() {
        Evaluation e = singleStream("llama-3.1-70b", "cerebras-cs-3", 4, "2024-08-27");
        // Cerebras, 2024-08-27: 450 tok/s on four CS-3 pipelined by layers
        assertThat(e.outputTokensPerSecondPerUser()).isCloseTo(450, within(90.0));
        assertThat(e.plan().parallelism().pp()).isEqualTo(4);
    }

    @Test
    void modelTooLargeForTheGivenChipsGivesAReasonAndNoNumbers() {
        Evaluation e = singleStream("llama-3.1-405b", "nvidia-h100-sxm", 1, null);
        assertThat(e.fits()).isFalse();
        assertThat(e.tpotSeconds()).isNull();
        assertThat(e.reason()).contains("HBM").contains("llama-3.1-405b");
        assertThat(EvaluationJson.toJson(e).has("tpotMs")).isFalse();
    }
}
