package com.inferplan.engine.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.inferplan.catalog.HardwareCatalog;
import com.inferplan.engine.model.ModelCatalog;
import com.inferplan.engine.perf.EfficiencyTable;
import org.junit.jupiter.api.Test;

class TensorParallelRuleTest {

    private static DeploymentPlan plan(Integer chips, Integer tp) {
        var hw = HardwareCatalog.builtIn().require("nvidia-h100-sxm");
        return DeploymentPlanner.plan(new DeploymentRequest(ModelCatalog.builtIn().require("llama-3.1-8b"), hw, chips,
                tp, null, null, null, null, 1, 2000, LayoutGoal.LATENCY,
                EfficiencyTable.builtIn().resolve(hw, "vllm", null).planner()));
    }

    @Test
    void anExplicitTensorParallelSizeThatDoesNotDivideTheHeadsIsRejectedWithTheField() {
        // llama-3.1-8b has 32 attention heads: 3 ranks cannot each hold whole heads
        assertThatThrownBy(() -> plan(3, 3))
                .isInstanceOfSatisfying(InvalidDeploymentException.class, e -> {
                    assertThat(e.field()).isEqualTo("tp");
                    assertThat(e.value()).isEqualTo(3);
                })
                .hasMessageContaining("32 attention heads");
    }

    @Test
    void threeChipsWithoutALayoutBecomeThreePipelineStagesOfTensorParallelOne() {
        DeploymentPlan plan = plan(3, null);
        assertThat(plan.parallelism().tp()).isEqualTo(1);
        assertThat(plan.parallelism().pp()).isEqualTo(3);
    }

    @Test
    void tensorParallelBeyondTheKvHeadsReplicatesThemAndIsAccepted() {
        // 8 KV heads over 16 ranks: each KV head lives on two ranks, as vLLM does
        var model = ModelCatalog.builtIn().require("llama-3.1-8b");
        assertThat(TensorParallelRule.accepts(model, 16)).isTrue();
        assertThat(TensorParallelRule.violation(model, 12)).get().asString().contains("32 attention heads");
    }
}
