package com.inferplan.engine.perf;

import static org.assertj.core.api.Assertions.assertThat;

import com.inferplan.catalog.HardwareCatalog;
import com.inferplan.engine.deployment.DeploymentPlanner;
import com.inferplan.engine.deployment.DeploymentRequest;
import com.inferplan.engine.deployment.LayoutGoal;
import com.inferplan.engine.model.ModelCatalog;
import org.junit.jupiter.api.Test;

class AttentionDataParallelStepTest {

    private static PerformanceModel gptOssOnEightH200s(boolean attentionDataParallel) {
        var hw = HardwareCatalog.builtIn().require("nvidia-h200-sxm");
        Efficiencies eff = EfficiencyTable.builtIn().resolve(hw, "trtllm", null);
        var plan = DeploymentPlanner.plan(new DeploymentRequest(ModelCatalog.builtIn().require("gpt-oss-120b"), hw, 8, 8,
                1, 1, null, null, 1, 2000, LayoutGoal.LATENCY, eff.planner(), attentionDataParallel));
        assertThat(plan.parallelism().attentionDataParallel()).isEqualTo(attentionDataParallel);
        return PerformanceModel.of(plan, eff);
    }

    @Test
    void aLonePromptRunsItsAttentionOnOneRankSoDataParallelAttentionPrefillsItSlowerThanTensorParallel() {
        // tensor-parallel attention splits the prompt's heads over 8 ranks; data-parallel attention puts the
        // whole prompt on one rank (the other seven have no sequence to run), so its attention block is 8 × the work
        double dataParallel = gptOssOnEightH200s(true).prefill(1, 4096).seconds();
        double tensorParallel = gptOssOnEightH200s(false).prefill(1, 4096).seconds();
        assertThat(dataParallel).isGreaterThan(tensorParallel);
    }

    @Test
    void eightPromptsSpreadOverTheEightDataParallelRanks() {
        PerformanceModel m = gptOssOnEightH200s(true);
        // one prompt per rank: the busiest rank's attention work is one prompt's, as for a lone prompt
        double eight = m.prefill(8, 4096).seconds();
        double one = m.prefill(1, 4096).seconds();
        assertThat(eight).isLessThan(8 * one);
    }
}
