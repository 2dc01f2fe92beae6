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
import org.junit.jupiter.api.Test;

/** Weight streaming of kernels that dequantise 4-bit weights to a 16-bit multiply (GPU family: 0.6 of native). */
class MemoryEfficiencyTest {

    private final MemoryEfficiency table = new MemoryEfficiency(KindTable.of(0.72, Map.of()), 0.6);

    @Test
    void fourBitWeightsMultipliedInBf16StreamAtTheDequantisingShare() {
        assertThat(table.weights(OperatorKind.EXPERT_GEMM, Precision.MXFP4, Precision.BF16)).isCloseTo(0.432, within(1e-12));
    }

    @Test
    void nativeFourBitMathEightBitFallbacksAndKvTrafficKeepTheKindRate() {
        assertThat(table.weights(OperatorKind.EXPERT_GEMM, Precision.MXFP4, Precision.MXFP4)).isEqualTo(0.72);
        assertThat(table.weights(OperatorKind.GEMM, Precision.NVFP4, Precision.FP8)).isEqualTo(0.72);
        assertThat(table.weights(OperatorKind.GEMM, Precision.BF16, Precision.BF16)).isEqualTo(0.72);
        assertThat(table.of(OperatorKind.ATTENTION)).isEqualTo(0.72);
    }

    @Test
    void gptOssExpertWeightsOnOneH200StreamAtSixTenthsOfTheFamilyRate() {
        Efficiencies eff = efficiencies("nvidia-h200-sxm", "vllm");
        OperatorTiming gateUp = expertGateUpOfOneDecodeToken("nvidia-h200-sxm", eff);

        assertThat(eff.memory().of(OperatorKind.EXPERT_GEMM)).isEqualTo(0.72);
        assertThat(gateUp.computedAt()).isEqualTo(Precision.BF16);
        // weights dominate the bytes of one token's expert GEMMs (4 experts × 2,880 × 5,760 × 4.25 bits per layer)
        assertThat(gateUp.memorySeconds()).isCloseTo(gateUp.bytes() / (4.8e12 * 0.72 * 0.6), within(gateUp.memorySeconds() * 0.005));
    }

    @Test
    void gptOssExpertWeightsOnOneB200StreamAtAboutHoppersRateUnderTensorRtLlm() {
        // decision 0539: Blackwell streams its 7.7 TB/s HBM3e at 0.70 (Hopper 0.72); MXFP4 experts there are native, not dequantised
        Efficiencies eff = efficiencies("nvidia-b200", "trtllm");
        OperatorTiming gateUp = expertGateUpOfOneDecodeToken("nvidia-b200", eff);

        assertThat(eff.memory().of(OperatorKind.EXPERT_GEMM)).isEqualTo(0.70);
        assertThat(gateUp.memorySeconds()).isCloseTo(gateUp.bytes() / (7.7e12 * 0.70), within(gateUp.memorySeconds() * 0.005));
    }

    private static Efficiencies efficiencies(String chip, String stack) {
        return EfficiencyTable.builtIn().resolve(HardwareCatalog.builtIn().require(chip), stack, "2026-03-01");
    }

    /** gpt-oss-120b on one chip, one decode token at 1,024 tokens of context: its expert gate/up GEMM. */
    private static OperatorTiming expertGateUpOfOneDecodeToken(String chip, Efficiencies eff) {
        Accelerator hw = HardwareCatalog.builtIn().require(chip);
        DeploymentPlan plan = DeploymentPlanner.plan(new DeploymentRequest(ModelCatalog.builtIn().require("gpt-oss-120b"),
                hw, 1, 1, 1, null, null, null, 1, 2048, LayoutGoal.LATENCY, eff.planner()));
        return PerformanceModel.of(plan, eff).explain(StepWork.decode(1, 1024)).stream()
                .filter(t -> t.name().equals("expert_gate_up")).findFirst().orElseThrow();
    }
}
