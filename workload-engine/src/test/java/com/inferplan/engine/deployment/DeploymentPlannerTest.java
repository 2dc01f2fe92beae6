package com.inferplan.engine.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.inferplan.catalog.HardwareCatalog;
import com.inferplan.catalog.MemoryTierKind;
import com.inferplan.engine.model.ModelCatalog;
import com.inferplan.engine.perf.EfficiencyTable;
import com.inferplan.engine.perf.Efficiencies;
import org.junit.jupiter.api.Test;

class DeploymentPlannerTest {

    private static Efficiencies efficiencies(String hw, String framework) {
        return EfficiencyTable.builtIn().resolve(HardwareCatalog.builtIn().require(hw), framework, null);
    }

    private static DeploymentPlan plan(String model, String hw, Integer chips, Integer tp, PlannerSettings settings) {
        return DeploymentPlanner.plan(new DeploymentRequest(ModelCatalog.builtIn().require(model),
                HardwareCatalog.builtIn().require(hw), chips, tp, null, null, null, null, 1, 2000, LayoutGoal.LATENCY,
                settings));
    }

    private static DeploymentPlan auto(String model, String hw) {
        return plan(model, hw, null, null, efficiencies(hw, null).planner());
    }

    @Test
    void llama70bBf16NeedsFourWafersPipelinedByLayers() {
        // 141 GB of weights over 44 GB × 0.9 usable SRAM per wafer -> 4 wafers
        DeploymentPlan plan = auto("llama-3.1-70b", "cerebras-cs-3");
        assertThat(plan.chips()).isEqualTo(4);
        assertThat(plan.style()).isEqualTo(ServingStyle.SPATIAL);
        assertThat(plan.parallelism().pp()).isEqualTo(4);
    }

    @Test
    void llama8bFitsOneH100WithTensorParallelOne() {
        DeploymentPlan plan = auto("llama-3.1-8b", "nvidia-h100-sxm");
        assertThat(plan.fits()).isTrue();
        assertThat(plan.chips()).isEqualTo(1);
        assertThat(plan.kvCapacityTokens()).isPositive();
    }

    @Test
    void groqServesA70bModelOnWholeRacksOfSixtyFourChips() {
        DeploymentPlan plan = auto("llama-2-70b", "groq-lpu");
        assertThat(plan.chips() % 64).isZero();
        assertThat(plan.chips()).isGreaterThan(500);
    }

    @Test
    void weightsBeyondSn40lHbmSpillToDdrAndAreFlagged() {
        // 405B bf16 = 812 GB over 8 sockets = 101.5 GB each; HBM 64 GB less a 6.4 GB reserve and ~0.6 GB of KV and
        // activations leaves ~57 GB, so 44.5 GB (44% of each socket's weights) spill to DDR
        DeploymentPlan plan = plan("llama-3.1-405b", "sambanova-sn40l", 8, 8,
                efficiencies("sambanova-sn40l", null).planner());
        assertThat(plan.fits()).isTrue();
        assertThat(plan.dramWeightShare()).isCloseTo(0.44, within(0.01));
        assertThat(plan.memory()).extracting(MemoryUse::tier).containsExactly(MemoryTierKind.HBM, MemoryTierKind.DRAM);
        assertThat(plan.flags()).anyMatch(f -> f.contains("DRAM") && f.contains("44%"));
    }

    @Test
    void theAutomaticLayoutAddsChipsRatherThanStreamWeightsFromGraceMemory() {
        // 405B bf16 = 812 GB: two GB300s (2 × 288 GB HBM) hold it only with ~40% of the weights in the Grace CPUs'
        // LPDDR; four (1,152 GB) hold it in HBM, which is what a provider runs. Asked for two, the spill is kept.
        DeploymentPlan auto = auto("llama-3.1-405b", "nvidia-gb300");
        assertThat(auto.chips()).isEqualTo(4);
        assertThat(auto.dramWeightShare()).isZero();
        DeploymentPlan two = plan("llama-3.1-405b", "nvidia-gb300", 2, null, efficiencies("nvidia-gb300", null).planner());
        assertThat(two.fits()).isTrue();
        assertThat(two.dramWeightShare()).isPositive();
    }

    @Test
    void aSequenceTheWindowedFitAdmitsAlsoFitsTheTokenCountedPool() {
        // Gemma 3's local layers keep 1,024 tokens, so a 9,216-token sequence fits one v5e's free HBM although the
        // full-retention rate would count room for fewer tokens; the pool must still admit it, in whole 64-token pages.
        DeploymentPlan plan = DeploymentPlanner.plan(new DeploymentRequest(ModelCatalog.builtIn().require("gemma-3-27b"),
                HardwareCatalog.builtIn().require("google-tpu-v5e"), null, null, null, null, null, null, 1, 9216,
                LayoutGoal.LATENCY, efficiencies("google-tpu-v5e", null).planner()));
        assertThat(plan.fits()).isTrue();
        assertThat(plan.kvCapacityTokens()).isGreaterThanOrEqualTo(9216);
    }

    @Test
    void groqHoldsATrillionParameterModelOnAReplicaOfAFewThousandChips() {
        // Kimi K2 at its native fp8: 1,029 GB over 230 MB LPUs -> ~4,500 chips (GroqCloud serves it, Groq 2025-08)
        DeploymentPlan plan = auto("kimi-k2", "groq-lpu");
        assertThat(plan.fits()).isTrue();
        assertThat(plan.chips()).isBetween(4_480, 8_192);
    }

    @Test
    void aThirtyTwoBitCheckpointIsServedAtSixteenBits() {
        // google/gemma-2-27b publishes torch_dtype float32; vLLM's --dtype auto loads FP32 checkpoints at 16 bits,
        // so its 27.2 B parameters take ~54 GB, not ~109 GB, and a TPU (no FP32 matrix peak) can serve it
        DeploymentPlan plan = auto("gemma-2-27b", "google-tpu-v6e");
        assertThat(plan.fits()).isTrue();
        assertThat(plan.weightPrecision()).isEqualTo(com.inferplan.catalog.Precision.BF16);
        assertThat(plan.weightBytes() / 1e9).isBetween(54.0, 55.5);
    }

    @Test
    void sixteenSocketsHoldTheSameModelWithoutSpilling() {
        DeploymentPlan plan = plan("llama-3.1-405b", "sambanova-sn40l", 16, 16,
                efficiencies("sambanova-sn40l", null).planner());
        assertThat(plan.dramWeightShare()).isZero();
        assertThat(plan.flags()).isEmpty();
    }

    @Test
    void tensorRtLlmRunsMoeAttentionDataParallelAtMaximumLoad() {
        Efficiencies trt = efficiencies("nvidia-h200-sxm", "trtllm");
        DeploymentPlan latency = plan("qwen3-235b-a22b", "nvidia-h200-sxm", 8, 8, trt.planner());
        DeploymentPlan throughput = plan("qwen3-235b-a22b", "nvidia-h200-sxm", 8, 8, trt.maxLoadPlanner());
        assertThat(latency.parallelism().attentionDataParallel()).isFalse();
        assertThat(latency.parallelism().ep()).isEqualTo(1);
        assertThat(throughput.parallelism().attentionDataParallel()).isTrue();
        assertThat(throughput.parallelism().ep()).isEqualTo(8);
        // Qwen3-235B has 4 KV heads: under TP8 every head lives on two ranks; data-parallel attention stores each
        // sequence's KV once, so the replica holds about twice the tokens (less the replicated attention weights)
        assertThat((double) throughput.kvCapacityTokens() / latency.kvCapacityTokens()).isBetween(1.6, 2.0);
    }

    @Test
    void nvfp4WeightsOnTensorRtLlmKeepAnFp8KvCache() {
        DeploymentPlan plan = DeploymentPlanner.plan(new DeploymentRequest(ModelCatalog.builtIn().require("llama-3.3-70b"),
                HardwareCatalog.builtIn().require("nvidia-b200"), 1, 1, null, null, com.inferplan.catalog.Precision.FP4,
                null, 1, 2000, LayoutGoal.LATENCY, efficiencies("nvidia-b200", "trtllm").planner()));
        assertThat(plan.kvPrecision()).isEqualTo(com.inferplan.catalog.Precision.FP8);
    }

    @Test
    void aHybridModelsLinearStateIsHeldPerSequenceAndChargedToTheTokenPool() {
        int batch = 16;
        DeploymentPlan plan = DeploymentPlanner.plan(new DeploymentRequest(
                ModelCatalog.builtIn().require("qwen3.5-35b-a3b"), HardwareCatalog.builtIn().require("nvidia-h100-sxm"),
                1, 1, null, null, null, null, batch, 2000, LayoutGoal.LATENCY,
                efficiencies("nvidia-h100-sxm", null).planner()));
        // 30 linear layers: conv 3 · (2 · 2,048 + 4,096) · 2 B = 49,152 B and delta 32 · 128 · 128 · 2 B
        // = 1,048,576 B per sequence → 32,931,840 B; 10 full layers: 2 · 2 · 256 · 2 B = 20,480 B per token
        double state = 30 * (49_152.0 + 1_048_576.0);
        MemoryUse hbm = plan.memory().get(0);
        assertThat(hbm.kvBytes()).isEqualTo(batch * (2000 * 20_480.0 + state));
        assertThat(plan.kvCapacityTokens()).isEqualTo((long) Math.floor((hbm.freeBytes() + hbm.kvBytes()) / 20_480.0));
        // 32,931,840 / 20,480 = 1,608 tokens of that pool per sequence, whatever its length
        assertThat(plan.stateTokensPerSequence()).isEqualTo(1_608);
    }

    @Test
    void draftingWithMtpHoldsItsLayerWeightsAndOneMoreLayerOfKv() {
        DeploymentRequest plain = new DeploymentRequest(ModelCatalog.builtIn().require("deepseek-v3"),
                HardwareCatalog.builtIn().require("nvidia-h200-sxm"), 8, 8, null, null, null, null, 1, 2000,
                LayoutGoal.LATENCY, efficiencies("nvidia-h200-sxm", "sglang").planner());
        DeploymentPlan without = DeploymentPlanner.plan(plain);
        DeploymentPlan with = DeploymentPlanner.plan(plain.withMtpDraftResident(true));
        // MLA caches 512 + 64 = 576 FP8 elements per layer and token: 61 layers, 62 with the MTP layer
        assertThat(without.kvBytesPerToken()).isEqualTo(61 * 576.0);
        assertThat(with.kvBytesPerToken()).isEqualTo(62 * 576.0);
        // the MTP decoder block is like layer 61: 257 experts (256 routed + 1 shared) of 3 · 7,168 · 2,048 FP8
        // = 11,318,329,344 B; MLA projections q_a 7,168·1,536 + q_b 1,536·24,576 + kv_a 7,168·576 + kv_b
        // 512·32,768 + o 16,384·7,168 = 187,105,280 B FP8; router 256·7,168 and its bias 256 in BF16 =
        // 3,670,528 B; norms 1,536 + 512 + 2·7,168 in BF16 = 32,768 B. Beside it eh_proj 2·7,168² and
        // three 7,168-wide norms, BF16: 205,563,904 B. Sum 11,714,701,824 B, 1.46 GB per chip at tp 8.
        assertThat(with.weightBytes() - without.weightBytes()).isEqualTo(11_714_701_824.0);
        assertThat(with.kvCapacityTokens()).isLessThan(without.kvCapacityTokens());
    }
}
