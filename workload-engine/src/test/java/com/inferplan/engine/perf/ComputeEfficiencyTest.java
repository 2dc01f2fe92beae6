package com.inferplan.engine.perf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.inferplan.catalog.Accelerator;
import com.inferplan.catalog.HardwareCatalog;
import com.inferplan.catalog.Precision;
import com.inferplan.engine.deployment.DeploymentPlan;
import com.inferplan.engine.deployment.DeploymentPlanner;
import com.inferplan.engine.deployment.DeploymentRequest;
import com.inferplan.engine.deployment.LayoutGoal;
import com.inferplan.engine.model.ModelCatalog;
import com.inferplan.engine.profile.OperatorKind;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Expert GEMM rates per expert weight format, from the built-in table (Blackwell family 0.22, TensorRT-LLM 2025 MoE path 0.18). */
class ComputeEfficiencyTest {

    private static final Accelerator B200 = HardwareCatalog.builtIn().require("nvidia-b200");
    private static final Efficiencies TRTLLM_2025 = EfficiencyTable.builtIn().resolve(B200, "trtllm", "2025-09-01");

    @Test
    void mxfp4ExpertsKeepTheFamilyRateWhileOtherFormatsPayTheGenericMoePathFactor() {
        assertThat(TRTLLM_2025.compute().of(OperatorKind.EXPERT_GEMM, Precision.MXFP4)).isCloseTo(0.22, within(1e-12));
        assertThat(TRTLLM_2025.compute().of(OperatorKind.EXPERT_GEMM, Precision.NVFP4)).isCloseTo(0.22 * 0.18, within(1e-12));
        assertThat(TRTLLM_2025.compute().of(OperatorKind.GEMM, Precision.MXFP4)).isCloseTo(0.40, within(1e-12));
    }

    @Test
    void aStackWithoutAnExpertFactorTreatsEveryFormatAlike() {
        Efficiencies vllm = EfficiencyTable.builtIn().resolve(B200, "vllm", "2025-09-01");

        assertThat(vllm.compute().of(OperatorKind.EXPERT_GEMM, Precision.NVFP4))
                .isEqualTo(vllm.compute().of(OperatorKind.EXPERT_GEMM, Precision.MXFP4)).isCloseTo(0.22, within(1e-12));
    }

    @Test
    void aCalibrationMultiplierScalesBothPathsAndCapsAtPeak() {
        ComputeEfficiency c = new ComputeEfficiency(KindTable.of(0.5, Map.of(OperatorKind.EXPERT_GEMM, 0.1)), 0.4,
                Set.of(Precision.MXFP4)).scaled(2);

        assertThat(c.of(OperatorKind.EXPERT_GEMM, Precision.MXFP4)).isCloseTo(0.8, within(1e-12));
        assertThat(c.of(OperatorKind.EXPERT_GEMM, Precision.FP8)).isCloseTo(0.2, within(1e-12));
        assertThat(c.of(OperatorKind.GEMM, Precision.FP8)).isEqualTo(1.0);
    }

    @Test
    void gptOssExpertGemmsOfAn8kPromptOnOneB200RunAtTheFamilyRateOfTheMxfp4Peak() {
        DeploymentPlan plan = DeploymentPlanner.plan(new DeploymentRequest(ModelCatalog.builtIn().require("gpt-oss-120b"),
                B200, 1, 1, 1, null, null, null, 1, 8192, LayoutGoal.LATENCY, TRTLLM_2025.planner()));
        OperatorTiming gateUp = PerformanceModel.of(plan, TRTLLM_2025).explain(StepWork.prefill(1, 8192)).stream()
                .filter(t -> t.name().equals("expert_gate_up")).findFirst().orElseThrow();

        // 18 layers × 8,192 tokens × top-4 × (2 FLOPs × 2,880 hidden × 5,760 gate+up + 5,760 bias adds)
        double flops = 18 * 8192.0 * 4 * (2.0 * 2880 * 5760 + 5760);
        assertThat(gateUp.flops()).isCloseTo(flops, within(flops * 1e-9));
        assertThat(gateUp.computedAt()).isEqualTo(Precision.MXFP4);
        assertThat(gateUp.computeSeconds()).isCloseTo(flops / (9000e12 * 0.22), within(1e-9));
    }
}
