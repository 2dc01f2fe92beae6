package com.inferplan.engine.perf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.inferplan.catalog.HardwareCatalog;
import com.inferplan.catalog.Precision;
import com.inferplan.engine.deployment.DeploymentPlan;
import com.inferplan.engine.deployment.DeploymentPlanner;
import com.inferplan.engine.deployment.DeploymentRequest;
import com.inferplan.engine.deployment.LayoutGoal;
import com.inferplan.engine.model.ModelCatalog;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Step times worked by hand from the model's shapes and the H100's catalog figures (HBM 3.35 TB/s,
 * NVLink 450 GB/s per direction, 1 µs per ring step), with every efficiency 1 and a 10 µs cost per
 * collective call, so that a change to the physics fails here rather than moving a median.
 */
class HandWorkedStepsTest {

    private static final double CALL_SECONDS = 10e-6;
    private static final double HOP_SECONDS = 1e-6;

    private static PerformanceModel llama8bOnH100s(int tp) {
        return onH100s("llama-3.1-8b", tp);
    }

    private static PerformanceModel onH100s(String model, int tp) {
        var hw = HardwareCatalog.builtIn().require("nvidia-h100-sxm");
        var planner = EfficiencyTable.builtIn().resolve(hw, "vllm", null).planner();
        DeploymentPlan plan = DeploymentPlanner.plan(new DeploymentRequest(ModelCatalog.builtIn().require(model),
                hw, tp, tp, 1, null, Precision.BF16, Precision.BF16, 1, 2000, LayoutGoal.LATENCY, planner));
        KindTable ideal = KindTable.of(1, Map.of());
        Efficiencies eff = new Efficiencies("gpu", "ideal", "", ComputeEfficiency.uniform(ideal), MemoryEfficiency.uniform(ideal), true,
                new Overheads(0, 0, 0, 0, HOP_SECONDS, CALL_SECONDS), 100e9, 256, false, StackSpeculation.NONE,
                planner, planner, List.of());
        return PerformanceModel.of(plan, eff);
    }

    @Test
    void oneH100DecodeStepOfLlama8bReadsItsWeightsAndKvAtHbmSpeed() {
        // bf16 weights read per decode step: 32 layers × (q 4096² + k, v 2 × 4096·1024 + o 4096² + MLP 3 × 4096·14336
        // + 2 norms of 4096) = 6,979.6 M parameters, plus the LM head 128,256 × 4096 = 525.3 M (the embedding reads
        // one row): 7,504.9 M × 2 B = 15.010 GB. KV read at 1,000 cached positions: 1,000 × 32 layers × (K + V)
        // 2 × 1,024 × 2 B = 131.1 MB. (15.010 + 0.131) GB / 3.35 TB/s = 4.520 ms; compute (15 GFLOP at 989 TFLOP/s,
        // 15 µs) hides under memory in every operator.
        StepCost step = llama8bOnH100s(1).decodeStep(1, 1000);
        assertThat(step.memorySeconds()).isCloseTo(4.520e-3, within(0.01e-3));
        assertThat(step.computeSeconds()).isZero();
        assertThat(step.interconnectSeconds()).isZero();
        assertThat(step.seconds()).isCloseTo(4.520e-3, within(0.01e-3));
    }

    @Test
    void tensorParallelTwoHalvesTheReadsAndAddsTwoRingAllReducesPerLayer() {
        // each rank reads half of every weight (the norms, 0.26 M parameters, are replicated) and the KV of its 4 of the
        // 8 KV heads: (15.010 / 2 + 0.131 / 2) GB / 3.35 TB/s = 2.260 ms; per layer two all-reduces of one token's 4096 bf16 activations (8,192 B): 10 µs + 2·(1/2)·8,192 B / 450 GB/s
        // + 1 × 1 µs = 11.018 µs; 32 layers × 2 = 64 of them: 705.2 µs
        StepCost step = llama8bOnH100s(2).decodeStep(1, 1000);
        assertThat(step.memorySeconds()).isCloseTo(2.260e-3, within(0.01e-3));
        assertThat(step.interconnectSeconds()).isCloseTo(64 * (CALL_SECONDS + 8192 / 450e9 + HOP_SECONDS), within(1e-9));
        assertThat(step.interconnectSeconds()).isCloseTo(705.2e-6, within(0.1e-6));
    }

    @Test
    void aPrefillAllReduceIsBandwidthBoundOnTheRing() {
        // 4,096 prompt tokens × 4,096 × 2 B = 33.55 MB per all-reduce; ring over 2 ranks: 2·(1/2)·33.55 MB / 450 GB/s
        // = 74.57 µs + 1 µs + 10 µs = 85.57 µs; 64 per step: 5.476 ms. Halving the all-reduce fails this.
        StepCost step = llama8bOnH100s(2).prefill(1, 4096);
        assertThat(step.interconnectSeconds()).isCloseTo(5.476e-3, within(0.001e-3));
    }

    @Test
    void aPromptsKvCacheCrossesNvlinkAtTheLinkBandwidthOverTheParallelLanes() {
        // Llama 3.1 8B bf16 KV: 32 layers × (K + V) 2 × 8 KV heads × 128 × 2 B = 131,072 B per token; an 8,192-token
        // prompt holds 1.0737 GB. One prefill chip to one decode chip over one 450 GB/s NVLink lane: 2.386 ms + 1 µs.
        // Two chips each side send their shards in parallel: half the time.
        PerformanceModel one = llama8bOnH100s(1);
        PerformanceModel two = llama8bOnH100s(2);
        assertThat(one.plan().kvBytesPerToken()).isEqualTo(131_072);
        double oneLane = KvTransfer.seconds(one.plan(), one.plan(), one.efficiencies(), 8192, true, 0);
        assertThat(oneLane).isCloseTo(8192 * 131_072 / 450e9 + HOP_SECONDS, within(1e-9));
        assertThat(oneLane).isCloseTo(2.387e-3, within(0.001e-3));
        assertThat(KvTransfer.seconds(two.plan(), two.plan(), two.efficiencies(), 8192, true, 0))
                .isCloseTo(8192 * 131_072 / (2 * 450e9) + HOP_SECONDS, within(1e-9));
        assertThat(KvTransfer.seconds(one.plan(), one.plan(), one.efficiencies(), 8192, false, 0)).isGreaterThan(oneLane);
    }

    @Test
    void aStacksTransceiverRateCapsTheKvTransferBelowTheFabric() {
        // the same 1.0737 GB at TensorRT-LLM's 18.2 GB/s per sending rank (decision 0547): 59.0 ms + 1 µs; two
        // ranks each side send their halves in parallel; a stack rate above the fabric leaves the fabric's
        PerformanceModel one = llama8bOnH100s(1);
        PerformanceModel two = llama8bOnH100s(2);
        double bytes = 8192 * 131_072.0;
        assertThat(KvTransfer.seconds(one.plan(), one.plan(), one.efficiencies(), 8192, true, 18.2e9))
                .isCloseTo(bytes / 18.2e9 + HOP_SECONDS, within(1e-9));
        assertThat(KvTransfer.seconds(two.plan(), two.plan(), two.efficiencies(), 8192, true, 18.2e9))
                .isCloseTo(bytes / (2 * 18.2e9) + HOP_SECONDS, within(1e-9));
        assertThat(KvTransfer.seconds(one.plan(), one.plan(), one.efficiencies(), 8192, true, 1e12))
                .isCloseTo(bytes / 450e9 + HOP_SECONDS, within(1e-9));
    }

    @Test
    void aHybridPromptSendsItsLinearAttentionStateBesideTheFullLayersKv() {
        // Qwen3.5-35B-A3B bf16: 10 full layers × 2 × 2 KV heads × 256 × 2 B = 20,480 B per token; state 30 linear
        // layers × (3 · 10,240 · 2 B + 32 · 128 · 128 · 2 B) = 32,931,840 B. 8,192 tokens: 167,772,160 + 32,931,840
        // = 200,704,000 B over one 450 GB/s lane: 446.0 µs + 1 µs.
        PerformanceModel qwen = onH100s("qwen3.5-35b-a3b", 1);
        assertThat(KvTransfer.seconds(qwen.plan(), qwen.plan(), qwen.efficiencies(), 8192, true, 0))
                .isCloseTo(200_704_000 / 450e9 + HOP_SECONDS, within(1e-9));
    }
}
