package com.inferplan.engine.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.inferplan.catalog.HardwareCatalog;
import com.inferplan.engine.model.ModelCatalog;
import com.inferplan.engine.perf.EfficiencyTable;
import org.junit.jupiter.api.Test;

class DeploymentPlannerTest {

    private static DeploymentPlan auto(String model, String hw, int batch, int context) {
        var accelerator = HardwareCatalog.builtIn().require(hw);
        var settings = EfficiencyTable.builtIn().resolve(accelerator, null, null).planner();
        return DeploymentPlanner.plan(new DeploymentRequest(ModelCatalog.builtIn().require(model), accelerator, null,
                null, null, null, null, null, batch, context, LayoutGoal.LATENCY, settings));
    }

    @Test
    void llama70bBf16NeedsFourWafersPipelinedByLayers() {
        // 141 GB of weights over 44 GB × 0.9 usable SRAM per wafer -> 4 wafers
        DeploymentPlan plan = auto("llama-3.1-70b", "cerebras-cs-3", 1, 2000);
        assertThat(plan.chips()).isEqualTo(4);
        assertThat(plan.style()).isEqualTo(ServingStyle.SPATIAL);
        assertThat(plan.parallelism().pp()).isEqualTo(4);
    }

    @Test
    void llama8bFitsOneH100WithTensorParallelOne() {
        DeploymentPlan plan = auto("llama-3.1-8b", "nvidia-h100-sxm", 1, 2000);
        assertThat(plan.fits()).isTrue();
        assertThat(plan.chips()).isEqualTo(1);
        assertThat(plan.kvCapacityTokens()).isPositive();
    }

    @Test
    void groqServesA70bModelOnWholeRacksOfSixtyFourChips() {
        DeploymentPlan plan = auto("llama-2-70b", "groq-lpu", 1, 2000);
        assertThat(plan.chips() % 64).isZero();
        assertThat(plan.chips()).isGreaterThan(500);
    }
}
