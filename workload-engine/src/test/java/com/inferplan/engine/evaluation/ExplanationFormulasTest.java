package com.inferplan.engine.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.inferplan.engine.deployment.LayoutGoal;
import com.inferplan.engine.serving.ClosedLoopRun;
import org.junit.jupiter.api.Test;

class ExplanationFormulasTest {

    private static final Engine ENGINE = Engine.builtIn();

    @Test
    void theFormulasNameTheSimulatedBenchmarkItsRequestCountAndTheDisaggregatedComposition() {
        Evaluation e = ENGINE.evaluate(new EvaluationRequest(ENGINE.models().require("llama-3.1-8b"),
                ENGINE.hardware().require("nvidia-h100-sxm"), 1, null, null, null, null, null, "vllm", null,
                LoadMode.CLOSED, 8, 1000, 200, SpeculativeOptions.OFF, LayoutGoal.LATENCY, false));
        assertThat(e.explanation().formulas()).anySatisfy(f -> assertThat(f)
                .contains(ClosedLoopRun.benchmarkRequests(1) + " × N requests measured from the start"));
        assertThat(e.explanation().formulas()).anySatisfy(f -> assertThat(f).startsWith("disaggregated: TTFT ="));
        assertThat(e.explanation().formulas()).anySatisfy(f -> assertThat(f).contains("ceil(n / tp)"));
    }
}
