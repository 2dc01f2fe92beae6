package com.inferplan.engine.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.inferplan.catalog.Precision;
import com.inferplan.engine.model.ModelArchitecture;
import com.inferplan.engine.model.ModelCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-worked profile values for the built-in models (arithmetic in the comments). */
class ProfilerTest {

    private static final ModelCatalog CATALOG = ModelCatalog.builtIn();

    @Test
    void llama31_8bDecodeAtBatchOneMatchesHandWorkedGemmAttentionAndKvFigures() {
        ExecutionProfile p = Profiler.profile(CATALOG.require("llama-3.1-8b"), ProfileRequest.decode(1, 1024));
        Operator q = op(p, "dense.full", "q_proj");
        assertThat(q.flops()).isEqualTo(2.0 * 1 * 4096 * 4096);                // 33,554,432
        assertThat(q.weightBytes()).isEqualTo(4096.0 * 4096 * 2);              // BF16
        assertThat(q.layerCount()).isEqualTo(32);
        assertThat(op(p, "dense.full", "k_proj").flops()).isEqualTo(2.0 * 4096 * 1024); // 8 kv heads × 128
        Operator attention = op(p, "dense.full", "attention");
        // 32 heads × 1025 keys × (QK 2·128 + PV 2·128 + softmax 5)
        assertThat(attention.flops()).isEqualTo(32.0 * 1025 * 517);            // 16,957,600
        // 1025 cached positions × k and v × 8 heads × 128 × 2 bytes
        assertThat(attention.kvBytesRead()).isEqualTo(1025.0 * 4096);          // 4,198,400
        assertThat(attention.kvBytesWritten()).isEqualTo(4096.0);
        assertThat(p.kvBytesPerTokenPerLayer()).isEqualTo(4096.0);
        assertThat(p.kvBytesPerToken()).isEqualTo(131_072.0);                  // 2 · 32 · 8 · 128 · 2
        assertThat(op(p, "head", "lm_head").flops()).isEqualTo(2.0 * 4096 * 128_256);
    }

    @Test
    void decodeAtBatchOneIsMemoryBoundAndLargeBatchPrefillIsNot() {
        ModelArchitecture llama = CATALOG.require("llama-3.1-8b");
        // ~2 FLOPs per weight, 2 bytes per BF16 weight: about 1 FLOP per byte
        assertThat(Profiler.profile(llama, ProfileRequest.decode(1, 128)).arithmeticIntensity()).isBetween(0.9, 1.1);
        assertThat(Profiler.profile(llama, ProfileRequest.prefill(8, 0, 512)).arithmeticIntensity()).isGreaterThan(500);
    }

    @Test
    void causalPrefillCountsTheTriangleOfAttendedKeys() {
        ExecutionProfile p = Profiler.profile(CATALOG.require("llama-3.1-8b"), ProfileRequest.prefill(1, 0, 4));
        // positions 0..3 attend 1 + 2 + 3 + 4 = 10 keys per head
        assertThat(op(p, "dense.full", "attention").flops()).isEqualTo(32.0 * 10 * 517);
        // 4 new positions written and read once
        assertThat(op(p, "dense.full", "attention").kvBytesRead()).isEqualTo(4.0 * 4096);
    }

    @Test
    void slidingWindowCapsMistralKvReadsAtTheWindow() {
        ModelArchitecture mistral = CATALOG.require("mistral-7b");
        Operator at10k = op(Profiler.profile(mistral, ProfileRequest.decode(1, 10_000)), "dense.sliding4096", "attention");
        Operator at20k = op(Profiler.profile(mistral, ProfileRequest.decode(1, 20_000)), "dense.sliding4096", "attention");
        assertThat(at10k.kvBytesRead()).isEqualTo(4096.0 * 4096);              // window × 2·8·128·2 B
        assertThat(at20k.kvBytesRead()).isEqualTo(at10k.kvBytesRead());
        assertThat(at20k.flops()).isEqualTo(32.0 * 4096 * 517);
    }

    @Test
    void gptOssSlidingLayersStayAt128PositionsWhileFullLayersGrow() {
        ExecutionProfile p = Profiler.profile(CATALOG.require("gpt-oss-20b"), ProfileRequest.decode(1, 1000));
        assertThat(p.groups()).extracting(OperatorGroup::name)
                .containsExactly("embedding", "moe.sliding128", "moe.full", "head");
        // k and v: 8 heads × 64 × 2 bytes = 2048 B per position
        assertThat(op(p, "moe.sliding128", "attention").kvBytesRead()).isEqualTo(128.0 * 2048);
        assertThat(op(p, "moe.full", "attention").kvBytesRead()).isEqualTo(1001.0 * 2048);
        assertThat(op(p, "moe.full", "attention").weightBytes()).isEqualTo(64.0 * 2);  // BF16 sinks
    }

    @Test
    void gptOssNativeExpertsStreamMxfp4WhileAttentionStaysBf16() {
        ExecutionProfile p = Profiler.profile(CATALOG.require("gpt-oss-20b"), ProfileRequest.decode(1, 10));
        // 4 experts × 2880 × 5760 × 4.25/8 B + 4 × 5760 BF16 biases
        assertThat(op(p, "moe.full", "expert_gate_up").weightBytes()).isCloseTo(4 * 2880.0 * 5760 * 0.53125 + 4 * 5760.0 * 2, within(1e-3));
        // 2880 × 4096 BF16 + 4096 BF16 bias
        assertThat(op(p, "moe.full", "q_proj").weightBytes()).isEqualTo(2880.0 * 4096 * 2 + 4096 * 2);
        assertThat(op(p, "moe.full", "expert_gate_up").computePrecision()).isEqualTo(Precision.MXFP4);
    }

    @Test
    void mixtralDecodeReadsTwoExpertsAtBatchOneAndAllEightAtBatch64() {
        ModelArchitecture mixtral = CATALOG.require("mixtral-8x7b");
        double oneExpertDown = 14336.0 * 4096 * 2;
        assertThat(op(Profiler.profile(mixtral, ProfileRequest.decode(1, 100)), "moe.full", "expert_down").weightBytes())
                .isCloseTo(2 * oneExpertDown, within(1e-3));
        // 8 · (1 − 0.75^64) ≈ 8 − 8e-8
        assertThat(op(Profiler.profile(mixtral, ProfileRequest.decode(64, 100)), "moe.full", "expert_down").weightBytes())
                .isCloseTo(8 * oneExpertDown, within(8 * oneExpertDown * 1e-6));
    }

    @Test
    void deepSeekDecodeUsesTheAbsorbedLatentPathAndExpectedExperts() {
        ExecutionProfile p = Profiler.profile(CATALOG.require("deepseek-v3"), ProfileRequest.decode(64, 4096));
        assertThat(p.groups()).extracting(OperatorGroup::name).containsExactly("embedding", "dense.full", "moe.full", "head");
        assertThat(p.groups().get(1).layerCount()).isEqualTo(3);
        assertThat(p.groups().get(2).layerCount()).isEqualTo(58);
        // latent 512 + rope key 64 = 576 elements × 2 bytes (BF16 KV)
        assertThat(p.kvBytesPerTokenPerLayer()).isEqualTo(1152.0);
        assertThat(p.kvBytesPerToken()).isEqualTo(61 * 1152.0);                   // 70,272
        Operator attention = op(p, "moe.full", "attention");
        // 64 sequences × 128 heads × 4097 keys × (2·576 scores + 2·512 latent values + 5 softmax)
        assertThat(attention.flops()).isEqualTo(64.0 * 128 * 4097 * 2181);
        assertThat(attention.kvBytesRead()).isEqualTo(64.0 * 4097 * 1152);
        // W_UK absorbed into the queries: 64 tokens × 128 heads × 128 nope × 512 latent, FP8 weights
        Operator absorb = op(p, "moe.full", "q_absorb");
        assertThat(absorb.flops()).isEqualTo(2.0 * 64 * 128 * 128 * 512);
        assertThat(absorb.weightBytes()).isEqualTo(128.0 * 128 * 512);
        // 256 · (1 − (248/256)^64) = 222.44 distinct experts × 7168 × 4096 FP8 bytes
        assertThat(op(p, "moe.full", "expert_gate_up").weightBytes()).isCloseTo(6.530_939_911e9, within(1e3));
        assertThat(op(p, "moe.full", "shared_gate_proj").weightBytes()).isEqualTo(7168.0 * 2048);
    }

    @Test
    void deepSeekPrefillDecompressesTheLatentInsteadOfAbsorbing() {
        ExecutionProfile p = Profiler.profile(CATALOG.require("deepseek-v3"), ProfileRequest.prefill(1, 0, 8));
        List<String> names = p.groups().get(2).operators().stream().map(Operator::name).toList();
        assertThat(names).contains("kv_b_proj").doesNotContain("q_absorb", "v_up");
        // 8 positions × 512 latent × 128 heads × (128 nope + 128 v)
        assertThat(op(p, "moe.full", "kv_b_proj").flops()).isEqualTo(2.0 * 8 * 512 * 128 * 256);
        // 36 causal pairs per head × (2·192 + 2·128 + 5)
        assertThat(op(p, "moe.full", "attention").flops()).isEqualTo(128.0 * 36 * 645);
    }

    @Test
    void chosenWeightPrecisionAppliesToGemmsButNotToEmbeddingOrHead() {
        ProfileRequest fp8 = ProfileRequest.decode(1, 10).withWeights(Precision.FP8);
        ExecutionProfile p = Profiler.profile(CATALOG.require("llama-3.1-8b"), fp8);
        assertThat(op(p, "dense.full", "q_proj").weightBytes()).isEqualTo(4096.0 * 4096);
        assertThat(op(p, "dense.full", "attn_norm").weightBytes()).isEqualTo(4096.0 * 2);
        assertThat(op(p, "embedding", "embedding").weightBytes()).isEqualTo(4096.0 * 2);
        assertThat(op(p, "head", "lm_head").weightBytes()).isEqualTo(4096.0 * 128_256 * 2);
    }

    @Test
    void modelWeightBytesCoverTheWholeCheckpoint() {
        assertThat(Profiler.profile(CATALOG.require("llama-3.1-8b"), ProfileRequest.decode(1, 1)).modelWeightBytes())
                .isEqualTo(8_030_261_248.0 * 2);
        // experts 24 × 32 × (2880·5760 + 2880·2880) MXFP4 + 1.81e9 BF16 others ≈ 13.76 GB
        double gptOss = Profiler.profile(CATALOG.require("gpt-oss-20b"), ProfileRequest.decode(1, 1)).modelWeightBytes();
        assertThat(gptOss).isCloseTo(19_110_297_600.0 * 0.53125 + (20_914_757_184.0 - 19_110_297_600.0) * 2, within(1.0));
    }

    @Test
    void totalsEqualTheSumOfTheOperatorsForEveryBuiltInModelAndPhase() {
        for (ModelArchitecture model : CATALOG.all()) {
            for (ProfileRequest request : List.of(ProfileRequest.decode(8, 2000), ProfileRequest.prefill(2, 100, 300))) {
                ExecutionProfile p = Profiler.profile(model, request);
                double flops = 0;
                double bytes = 0;
                for (Operator op : p.operators()) {
                    flops += op.totalFlops();
                    bytes += op.totalBytes();
                }
                assertThat(p.flops()).as(model.id()).isCloseTo(flops, within(flops * 1e-12));
                assertThat(p.bytes()).as(model.id()).isCloseTo(bytes, within(bytes * 1e-12));
                // embedding, head and one group per distinct layer kind: at most three kinds
                // (Llama 4 Maverick: chunked dense, chunked MoE, global MoE)
                assertThat(p.groups()).as(model.id()).hasSizeLessThanOrEqualTo(2 + 3);
            }
        }
    }

    @Test
    void atFullExpertCoverageTheStepReadsEveryWeightButTheUnusedEmbeddingRows() {
        ModelArchitecture deepSeek = CATALOG.require("deepseek-v3");
        ExecutionProfile p = Profiler.profile(deepSeek, ProfileRequest.decode(2048, 10));
        double embeddingTable = 129_280.0 * 7168 * 2;
        double gathered = 2048.0 * 7168 * 2;
        assertThat(p.totals().weightBytes()).isCloseTo(p.modelWeightBytes() - embeddingTable + gathered,
                within(p.modelWeightBytes() * 1e-6));
    }

    private static Operator op(ExecutionProfile profile, String group, String name) {
        return profile.groups().stream().filter(g -> g.name().equals(group)).findFirst().orElseThrow()
                .operators().stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow();
    }
}
