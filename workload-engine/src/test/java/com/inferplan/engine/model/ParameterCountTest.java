package com.inferplan.engine.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Parameter counts computed from the architecture against the publishers' figures cited in each
 * model's file, within 1%, or inside the range a rounded figure stands for (Qwen3-Coder's "3.3B
 * activated" is truncated to one decimal: [3.3, 3.4) billion).
 */
class ParameterCountTest {

    private static final ModelCatalog CATALOG = ModelCatalog.builtIn();

    static Stream<String> builtInIds() {
        return CATALOG.all().stream().map(ModelArchitecture::id);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builtInIds")
    void totalMatchesTheOfficialFigureWithinOnePercentOrItsRoundingRange(String id) {
        ParameterCount computed = ParameterCount.of(CATALOG.require(id));
        OfficialParameters official = CATALOG.source(id).parameters();
        assertThat(official.acceptsTotal(computed.total()))
                .as("%s total %.3fB vs official %sB in %s (%s)", id, computed.total() / 1e9, official.totalBillions(),
                        official.totalRange(), official.source().url())
                .isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builtInIds")
    void activeMatchesTheOfficialFigureUnderThePublishersConvention(String id) {
        ParameterCount computed = ParameterCount.of(CATALOG.require(id));
        OfficialParameters official = CATALOG.source(id).parameters();
        long active = official.comparableActive(computed);
        assertThat(official.acceptsActive(active))
                .as("%s active %.3fB vs official %sB in %s (%s)", id, active / 1e9, official.activeBillions(),
                        official.activeRange(), official.source().url())
                .isTrue();
    }

    @Test
    void llama31_8bCountsEveryTensorExactly() {
        // per layer: q 4096² + k,v 2·4096·1024 + o 4096² = 41,943,040; MLP 3·4096·14336 = 176,160,768;
        // 2 norms 8,192 → 218,112,000 × 32 = 6,979,584,000; embedding + head 2·128,256·4096 =
        // 1,050,673,152; final norm 4,096 → 8,030,261,248
        ParameterCount count = ParameterCount.of(CATALOG.require("llama-3.1-8b"));
        assertThat(count.total()).isEqualTo(8_030_261_248L);
        assertThat(count.active()).isEqualTo(count.total());
        assertThat(count.lookupOnlyEmbedding()).isEqualTo(525_336_576L);
    }

    @Test
    void nemotronH8bCountsMambaAttentionAndSquaredReluBlocks() {
        // 24 Mamba-2 blocks: in_proj 4,096 · (8,192 z + 10,240 xBC + 128 dt) = 76,021,760, conv 10,240 · 4 + bias
        //   10,240, dt_bias + A_log + D 384, norm 8,192, out_proj 8,192 · 4,096 → 109,635,968 → 2,631,263,232
        // 4 attention blocks: q, o 2 · 4,096² + k, v 2 · 4,096 · 1,024 = 41,943,040 → 167,772,160
        // 24 MLP blocks (up, down; no gate): 2 · 4,096 · 21,504 = 176,160,768 → 4,227,858,432
        // norms: 28 mixer + 24 MLP blocks + final = 53 · 4,096 = 217,088; embedding + head 2 · 131,072 · 4,096
        ParameterCount count = ParameterCount.of(CATALOG.require("nemotron-h-8b"));
        assertThat(count.total()).isEqualTo(8_100_852_736L);
        assertThat(count.active()).isEqualTo(count.total());
    }

    @Test
    void mixtralActiveCountsTwoOfEightExperts() {
        // per layer: attention 41,943,040 + 2 experts × 176,160,768 + router 32,768 + norms 8,192
        // = 394,305,536 × 32 = 12,617,777,152; + embedding and head 262,144,000 + norm 4,096
        ParameterCount count = ParameterCount.of(CATALOG.require("mixtral-8x7b"));
        assertThat(count.active()).isEqualTo(12_879_925_248L);
        assertThat(count.total()).isEqualTo(46_702_792_704L);
    }

    @Test
    void deepSeekV3ExcludesTheMultiTokenPredictionModule() {
        // MLA 187,107,328 per layer; 3 dense layers of 583,483,392; 58 MoE layers of 11,507,286,272
        // (256 routed + 1 shared expert of 44,040,192, router 1,835,008 + bias 256); embedding + head
        // 1,853,358,080; final norm 7,168 → 671,026,419,200
        ParameterCount count = ParameterCount.of(CATALOG.require("deepseek-v3"));
        assertThat(count.total()).isEqualTo(671_026_419_200L);
        assertThat(count.activeExcludingEmbedding()).isEqualTo(36_625_618_432L);
    }

    @Test
    void qwen35_397bCountsLinearAndGatedFullLayersAndTheGatedSharedExpert() {
        // embedding + head 2 · 248,320 · 4,096 = 2,034,237,440; final norm 4,096; 60 × 2 norms = 491,520
        // 15 full layers: q+gate 4,096 · 16,384 + k, v 2 · 4,096 · 512 + o 8,192 · 4,096 + q/k norm 512
        //   = 104,858,112 → 1,572,871,680
        // 45 linear layers: in_proj_qkv 4,096 · 12,288 + z 4,096 · 8,192 + b/a 4,096 · 128 + conv 12,288 · 4
        //   + dt_bias, A_log 128 + norm 128 + out 8,192 · 4,096 = 118,014,208 → 5,310,639,360
        // 60 MoE layers: router 4,096 · 512 + 512 experts · 12,582,912 + shared 12,582,912 + gate 4,096
        //   = 6,457,135,104 → 387,428,106,240
        ParameterCount count = ParameterCount.of(CATALOG.require("qwen3.5-397b-a17b"));
        assertThat(count.total()).isEqualTo(396_346_350_336L);
        // active: 10 of 512 experts, so 502 · 12,582,912 fewer per layer
        assertThat(count.active()).isEqualTo(396_346_350_336L - 60L * 502 * 12_582_912);
    }

    @Test
    void qwen35_122bActiveCountFallsShortOfTenBillionSoItsTenIsANearestRounding() {
        // embedding + head 2 · 248,320 · 3,072 = 1,525,678,080; final norm 3,072; 48 × 2 norms = 294,912
        // 12 full layers: q+gate 3,072 · 16,384 + k, v 2 · 3,072 · 512 + o 8,192 · 3,072 + q/k norm 512
        //   = 78,643,712 → 943,724,544
        // 36 linear layers: in_proj_qkv 3,072 · 12,288 + z 3,072 · 8,192 + b/a 3,072 · 128 + conv 12,288 · 4
        //   + dt_bias, A_log 128 + norm 128 + out 8,192 · 3,072 = 88,523,008 → 3,186,828,288
        // 48 MoE layers: router 3,072 · 256 + 256 experts · 9,437,184 + shared 9,437,184 + gate 3,072
        //   = 2,426,145,792 → 116,454,998,016
        ParameterCount count = ParameterCount.of(CATALOG.require("qwen3.5-122b-a10b"));
        assertThat(count.total()).isEqualTo(122_111_526_912L);
        // active: 8 of 256 experts, so 48 · 248 · 9,437,184 fewer → 9.771 B, under a truncated "10B"
        assertThat(count.active()).isEqualTo(9_771_288_576L);
    }

    @Test
    void tiedEmbeddingsAreCountedOnceAndAreNotLookupOnly() {
        ParameterCount count = ParameterCount.of(CATALOG.require("llama-3.2-1b"));
        assertThat(count.total()).isEqualTo(1_235_814_400L);
        assertThat(count.lookupOnlyEmbedding()).isZero();
    }

    @Test
    void gptOssCountsBiasesSinksAndRouterBias() {
        // per layer: attention with biases and 64 sinks 26,550,144; 32 experts × 24,891,840 (with biases);
        // router 2880·32 + 32; norms 5,760 → 823,186,976 × 24 + 2 · 201,088 · 2880 + 2880
        assertThat(ParameterCount.of(CATALOG.require("gpt-oss-20b")).total()).isEqualTo(20_914_757_184L);
    }

    @Test
    void llama4MaverickCountsDenseAndMoeLayersInterleaved() {
        // 24 dense layers (MLP 3·5120·16384 = 251,658,240) and 24 MoE layers (128 experts of
        // 125,829,120 + one shared + router 655,360); attention 62,914,560 and norms 10,240 on all 48;
        // embedding + head 2·202,048·5120 = 2,068,971,520; final norm 5,120
        ParameterCount count = ParameterCount.of(CATALOG.require("llama-4-maverick"));
        assertThat(count.total()).isEqualTo(400_711_848_960L);
        assertThat(count.active()).as("one routed + the shared expert on each MoE layer").isEqualTo(17_184_691_200L);
    }

    @Test
    void llama4ScoutRoutesEveryLayerAndItsQkNormHasNoWeights() {
        // 48 MoE layers: attention 62,914,560 + norms 10,240 + router 5120·16 = 81,920 + 16 experts and
        // one shared expert of 3·5120·8192 = 125,829,120 → 2,202,101,760; embedding + head
        // 2·202,048·5120 = 2,068,971,520; final norm 5,120
        ParameterCount count = ParameterCount.of(CATALOG.require("llama-4-scout"));
        assertThat(count.total()).isEqualTo(107_769_861_120L);
        assertThat(count.active()).as("one routed + the shared expert per layer").isEqualTo(17_172_894_720L);
    }

    @Test
    void scoutsPublishedTotalCountsTheVisionEncoderBesideTheLanguageModel() {
        // 107,769,861,120 + vision encoder and projector 871,932,416 = 108,641,793,536, the checkpoint's count
        OfficialParameters official = CATALOG.source("llama-4-scout").parameters();
        assertThat(official.acceptsTotal(107_769_861_120L)).isTrue();
        assertThat(official.acceptsTotal(107_769_861_120L - 200_000_000L))
                .as("108.44B with the encoder falls under '109B'").isFalse();
    }

    @Test
    void gemma4_31bFullLayersHaveTheirOwnShapesAndNoValueProjection() {
        // 50 sliding layers: q, o 2·5376·8192 + k, v 2·5376·4096 = 132,120,576 + q/k norms 512
        // 10 full layers: q, o 2·5376·16384 + k 5376·2048 (no v) = 187,170,816 + q/k norms 1,024
        // all 60: MLP 3·5376·21504 = 346,816,512 and 4 norms 21,504; tied embedding 262,144·5376
        // = 1,409,286,144; final norm 5,376
        ParameterCount count = ParameterCount.of(CATALOG.require("gemma-4-31b"));
        assertThat(count.total()).isEqualTo(30_697_345_280L);
        assertThat(count.active()).isEqualTo(count.total());
    }

    @Test
    void gemma4_26bA4bCountsTheDenseMlpBesideTheRoutedExperts() {
        // every layer: dense MLP 3·2816·2112 = 17,842,176; router 2816·128 + scale 2,816 + per-expert
        // scale 128; 128 experts of 3·2816·704 = 5,947,392; 7 norms 19,712 → 779,491,456
        // 25 sliding layers + attention 34,603,008 + q/k norms 512; 5 full layers + attention
        // 49,020,928 + 1,024; tied embedding 262,144·2816 = 738,197,504; final norm 2,816
        ParameterCount count = ParameterCount.of(CATALOG.require("gemma-4-26b-a4b"));
        assertThat(count.total()).isEqualTo(25_233_141_760L);
        // active: 8 of 128 experts, so 30 · 120 · 5,947,392 fewer
        assertThat(count.active()).isEqualTo(25_233_141_760L - 30L * 120 * 5_947_392);
    }

    @Test
    void glm45CountsQkvBiasesAndQkNormsAndItsActiveFigureLeavesOutEmbeddingAndHead() {
        // per layer: q, o 2·5120·12288 + k, v 2·5120·1024 = 136,314,880; q/k/v biases 14,336; q/k norms
        // 256; norms 10,240 → 136,339,712 × 92; 3 dense MLPs of 188,743,680; 89 MoE layers of
        // 3,799,285,920 (161 experts of 23,592,960, router 819,200 + bias 160); embedding + head
        // 2·151,552·5120 = 1,551,892,480; final norm 5,120 → 352,797,829,024. Active: 8 + 1 experts →
        // 33,632,266,144, less embedding and head → 32,080,373,664 (GLM's "32B")
        ParameterCount count = ParameterCount.of(CATALOG.require("zai-org/GLM-4.5"));
        assertThat(count.total()).isEqualTo(352_797_829_024L);
        assertThat(count.active()).isEqualTo(33_632_266_144L);
        assertThat(CATALOG.source("glm-4.5").parameters().comparableActive(count)).isEqualTo(32_080_373_664L);
    }

    @Test
    void deepSeekV32AddsTheIndexerToV31sWeights() {
        // per layer: wq_b 1536·64·128 = 12,582,912; wk 7168·128 = 917,504; k_norm 256;
        // weights_proj 7168·64 = 458,752 → 13,959,424 × 61 = 851,524,864 on top of 671,026,419,200
        assertThat(ParameterCount.of(CATALOG.require("deepseek-v3.2")).total()).isEqualTo(671_877_944_064L);
        assertThat(ParameterCount.of(CATALOG.require("deepseek-v3.2")).activeExcludingEmbedding())
                .isEqualTo(37_477_143_296L);
    }
}
