package com.inferplan.engine.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.inferplan.engine.deployment.LayoutGoal;
import org.junit.jupiter.api.Test;

class SloLoadTest {

    private static final Engine ENGINE = Engine.builtIn();

    private static Evaluation underLimits(Double ttftMs, Double tpotMs) {
        EvaluationRequest r = new EvaluationRequest(ENGINE.models().require("llama-3.1-8b"),
                ENGINE.hardware().require("nvidia-h100-sxm"), 1, null, null, null, null, null, "vllm", null,
                LoadMode.MAX, 1, 1000, 200, SpeculativeOptions.OFF, LayoutGoal.LATENCY, false);
        return ENGINE.evaluateUnderLimits(r, new LatencyLimits(ttftMs, tpotMs, 99));
    }

    @Test
    void aTighterTpotLimitAdmitsALowerRateAndTheLatenciesAtItStayWithin() {
        Evaluation loose = underLimits(null, 60.0);
        Evaluation tight = underLimits(null, 15.0);
        assertThat(tight.throughputTokensPerSecond()).isLessThan(loose.throughputTokensPerSecond());
        assertThat(tight.tpotSeconds() * 1000).isLessThanOrEqualTo(15.0);
        assertThat(loose.tpotSeconds() * 1000).isLessThanOrEqualTo(60.0);
    }

    @Test
    void aTtftLimitBelowOnePrefillCannotBeMetAtAnyRate() {
        assertThatThrownBy(() -> underLimits(1.0, null)).isInstanceOf(InvalidEvaluationException.class)
                .hasMessageContaining("cannot be met");
    }
}
