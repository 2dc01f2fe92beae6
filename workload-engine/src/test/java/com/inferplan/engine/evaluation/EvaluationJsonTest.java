package com.inferplan.engine.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.inferplan.engine.deployment.LayoutGoal;
import org.junit.jupiter.api.Test;

/** The evaluation document the CLI and the web UI print (the CLI contract's field names). */
class EvaluationJsonTest {

    private static final Engine ENGINE = Engine.builtIn();

    private static Evaluation evaluate(String model, String hw, Integer chips, int tp) {
        return ENGINE.evaluate(new EvaluationRequest(ENGINE.models().require(model), ENGINE.hardware().require(hw),
                chips, tp, null, null, null, null, "vllm", null, LoadMode.CLOSED, 4, 1000, 200,
                SpeculativeOptions.STACK_DEFAULT, LayoutGoal.LATENCY, false));
    }

    @Test
    void aFittingEvaluationCarriesTheDeploymentAndEveryMetric() {
        JsonNode json = EvaluationJson.toJson(evaluate("llama-3.1-70b", "nvidia-h100-sxm", 4, 4));
        JsonNode deployment = json.get("deployment");
        assertThat(deployment.get("chips").asInt()).isEqualTo(4);
        assertThat(deployment.get("tp").asInt()).isEqualTo(4);
        assertThat(deployment.get("pp").asInt()).isEqualTo(1);
        assertThat(deployment.get("ep").asInt()).isEqualTo(1);
        assertThat(deployment.get("dp").asInt()).isEqualTo(1);
        assertThat(json.get("fits").asBoolean()).isTrue();
        assertThat(json.has("reason")).isFalse();
        for (String field : new String[] {"ttftMs", "tpotMs", "e2eLatencyMs", "outputTokensPerSecondPerUser",
            "throughputTokensPerSecond", "throughputTokensPerSecondPerChip"}) {
            assertThat(json.get(field).asDouble()).as(field).isPositive();
        }
        // per user = 1000 / TPOT in ms; per chip = total / 4 chips
        assertThat(json.get("outputTokensPerSecondPerUser").asDouble())
                .isCloseTo(1000 / json.get("tpotMs").asDouble(), within(1e-6));
        assertThat(json.get("throughputTokensPerSecondPerChip").asDouble())
                .isCloseTo(json.get("throughputTokensPerSecond").asDouble() / 4, within(1e-6));
        assertThat(json.get("bottleneck").asText()).isIn("compute", "memory", "interconnect", "overhead");
    }

    @Test
    void aPlanThatDoesNotFitHasFitsFalseAReasonAndNoNumbers() {
        // 405B at bf16 is 810 GB; one H100 holds 80 GB
        JsonNode json = EvaluationJson.toJson(evaluate("llama-3.1-405b", "nvidia-h100-sxm", 1, 1));
        assertThat(json.get("fits").asBoolean()).isFalse();
        assertThat(json.get("reason").asText()).contains("llama-3.1-405b").contains("does not fit");
        for (String field : new String[] {"ttftMs", "tpotMs", "e2eLatencyMs", "outputTokensPerSecondPerUser",
            "throughputTokensPerSecond", "throughputTokensPerSecondPerChip", "bottleneck"}) {
            assertThat(json.has(field)).as(field).isFalse();
        }
        assertThat(json.get("deployment").get("chips").asInt()).isEqualTo(1);
    }

    @Test
    void theWrittenDocumentIsTheSameJson() {
        Evaluation e = evaluate("llama-3.1-8b", "nvidia-h100-sxm", 1, 1);
        assertThat(EvaluationJson.write(e)).contains("\"tpotMs\"").contains("\"deployment\"");
    }
}
