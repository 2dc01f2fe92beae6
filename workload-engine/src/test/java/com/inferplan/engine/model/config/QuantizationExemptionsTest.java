package com.inferplan.engine.model.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.offset;

import com.inferplan.catalog.Precision;
import com.inferplan.engine.model.ModelArchitecture;
import com.inferplan.engine.model.ModelCatalog;
import com.inferplan.engine.model.TensorGroup;
import com.inferplan.engine.model.WeightInventory;
import com.inferplan.engine.model.WeightPrecisions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** quantization_config exemption lists, read from the published configs' copies in ../shared. */
class QuantizationExemptionsTest {

    private static final Path AIC = Path.of("../../shared/data/model-configs/aic");

    private static ModelArchitecture imported(String file) throws IOException {
        return HuggingFaceConfigImporter.importConfig(Files.readString(AIC.resolve(file)), file, file);
    }

    @Test
    void kimiK25KeepsAttentionDenseLayerSharedExpertAndHeadInBf16BesideInt4RoutedExperts() throws IOException {
        WeightPrecisions p = imported("moonshotai--Kimi-K2.5_config.json").nativePrecisions();
        assertThat(p.experts()).isEqualTo(Precision.INT4);
        assertThat(p.attention()).as("re:.*self_attn.*").isEqualTo(Precision.BF16);
        assertThat(p.denseMlp()).as("re:.*mlp\\.(gate|up|gate_up|down)_proj.* covers layer 0's MLP").isEqualTo(Precision.BF16);
        assertThat(p.sharedExperts()).as("re:.*shared_experts.*").isEqualTo(Precision.BF16);
        assertThat(p.lmHead()).isEqualTo(Precision.BF16);
        assertThat(p.router()).as("DeepSeek's gate is no Linear").isEqualTo(Precision.BF16);
    }

    @Test
    void kimiK25IgnoreListKeepsTenBillionParametersAtSixteenBits() throws IOException {
        // exempt: attention 61 × 101,122,048 = 6,168,444,928; dense MLP 3·7168·18432 = 396,361,728;
        // shared experts 60 × 44,040,192 = 2,642,411,520; lm_head 163,840·7168 = 1,174,405,120
        // → 10,381,623,296 elements × (2 − 4.5/8) bytes = 14,923,583,488 bytes more than all-INT4 at the
        // checkpoint's packing (group 32, BF16 scales)
        ModelArchitecture kimi = imported("moonshotai--Kimi-K2.5_config.json");
        WeightPrecisions allInt4 = kimi.nativePrecisions().withMatrixWeights(Precision.INT4);
        WeightPrecisions everyLinearInt4 = new WeightPrecisions(Precision.INT4, Precision.INT4, Precision.INT4,
                allInt4.router(), allInt4.embedding(), Precision.INT4, allInt4.vectors(), Precision.INT4,
                allInt4.int4Packing());
        double extra = WeightInventory.bytes(kimi, kimi.nativePrecisions()) - WeightInventory.bytes(kimi, everyLinearInt4);
        assertThat(extra).isEqualTo(14_923_583_488.0);
    }

    @Test
    void gptOssModulesToNotConvertLeaveOnlyTheExpertsInMxfp4() throws IOException {
        WeightPrecisions p = imported("openai--gpt-oss-120b_config.json").nativePrecisions();
        assertThat(p).isEqualTo(new WeightPrecisions(Precision.BF16, Precision.BF16, Precision.MXFP4, Precision.BF16,
                Precision.BF16, Precision.BF16, Precision.BF16));
    }

    @Test
    void glm5Fp8PerLayerListKeepsEveryRouterAndTheHeadInBf16() throws IOException {
        String config = Files.readString(AIC.resolve("zai-org--GLM-5-FP8_config.json"))
                .replace("\"glm_moe_dsa\"", "\"deepseek_v3\"");
        WeightPrecisions p = HuggingFaceConfigImporter.importConfig(config, "glm", "glm").nativePrecisions();
        assertThat(p.attention()).isEqualTo(Precision.FP8);
        assertThat(p.experts()).isEqualTo(Precision.FP8);
        assertThat(p.router()).isEqualTo(Precision.BF16);
        assertThat(p.lmHead()).isEqualTo(Precision.BF16);
        assertThat(p.embedding()).isEqualTo(Precision.BF16);
    }

    @Test
    void anFp8ListNamingOnlyTheHeadQuantisesTheRouterOfANonDeepSeekModel() throws IOException {
        String qwen = Files.readString(AIC.resolve("Qwen--Qwen3-30B-A3B-FP8_config.json"));
        WeightPrecisions listed = HuggingFaceConfigImporter.importConfig(qwen, "q", "q").nativePrecisions();
        assertThat(listed.router()).as("model.layers.N.mlp.gate is listed").isEqualTo(Precision.BF16);
        String headOnly = qwen.replaceAll("(?s)\"modules_to_not_convert\"\\s*:\\s*\\[.*?\\]", "\"modules_to_not_convert\": [\"lm_head\"]");
        assertThat(HuggingFaceConfigImporter.importConfig(headOnly, "q", "q").nativePrecisions().router())
                .isEqualTo(Precision.FP8);
    }

    @Test
    void aListCoveringLessThanHalfOfAGroupLeavesItQuantised() {
        // DeepSeek-V3.2-NVFP4 exempts q_a, q_b, kv_a, kv_b (69,664,768 per layer) but not o_proj
        // (117,440,512): 37% of the attention weights, so attention is counted NVFP4
        ModuleExemptions exempt = new ModuleExemptions(List.of("model.layers.*.self_attn.q_a_proj",
                "model.layers.*.self_attn.q_b_proj", "model.layers.*.self_attn.kv_a_proj_with_mqa",
                "model.layers.*.self_attn.kv_b_proj"));
        ModelArchitecture v3 = ModelCatalog.builtIn().require("deepseek-v3");
        assertThat(CheckpointModules.coveredShare(v3, TensorGroup.ATTENTION, exempt))
                .isCloseTo(69_664_768.0 / 187_105_280.0, offset(1e-12));
    }

    @Test
    void anInvalidIgnorePatternIsAFieldError() {
        ModelConfigException e = catchThrowableOfType(ModelConfigException.class, () -> HuggingFaceConfigImporter.importConfig(
                """
                {"model_type": "llama", "num_hidden_layers": 2, "hidden_size": 64, "num_attention_heads": 4,
                 "intermediate_size": 128, "vocab_size": 100, "max_position_embeddings": 128,
                 "quantization_config": {"quant_method": "fp8", "ignore": ["re:(unclosed"]}}""", "x", "x"));
        assertThat(e.errors()).anySatisfy(error -> assertThat(error.field()).isEqualTo("quantization_config.ignore"));
    }
}
