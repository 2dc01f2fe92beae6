package com.inferplan.engine.model.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.inferplan.catalog.Precision;
import com.inferplan.engine.model.ModelArchitecture;
import com.inferplan.engine.model.ModelCatalog;
import com.inferplan.engine.model.RopeSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Qwen3.5's published config (read from the shared reference copy, which has no rope fields) and
 * a Qwen3-Next config that states full_attention_interval instead of layer_types.
 */
class QwenHybridImportTest {

    private static final Path QWEN35_397B = Path.of("../../shared/data/model-configs/Qwen__Qwen3.5-397B-A17B.json");

    private static final String NEXT = """
            {"model_type": "qwen3_next", "num_hidden_layers": 8, "hidden_size": 64, "num_attention_heads": 4,
             "num_key_value_heads": 2, "head_dim": 16, "intermediate_size": 96, "vocab_size": 100,
             "max_position_embeddings": 4096, "full_attention_interval": 4, "linear_num_key_heads": 2,
             "linear_num_value_heads": 4, "linear_key_head_dim": 8, "linear_value_head_dim": 8,
             "linear_conv_kernel_dim": 4, "num_experts": 8, "num_experts_per_tok": 2, "moe_intermediate_size": 16,
             "shared_expert_intermediate_size": 16, "decoder_sparse_step": 1, "mlp_only_layers": [],
             "rope_theta": 10000000}""";

    @Test
    void thePublishedQwen35ConfigImportsAsTheBuiltInEntryApartFromTheRopeItLacks() throws IOException {
        ModelArchitecture imported = HuggingFaceConfigImporter.importConfig(Files.readString(QWEN35_397B),
                "qwen3.5-397b-a17b", "Qwen3.5 397B-A17B");
        ModelArchitecture builtIn = ModelCatalog.builtIn().require("qwen3.5-397b-a17b");
        assertThat(imported.rope()).isEqualTo(RopeSpec.unscaled(10_000));
        assertThat(withRope(imported, builtIn.rope()).toString()).isEqualTo(builtIn.toString());
    }

    @Test
    void layerTypesMarkFortyFiveLinearAndFifteenFullLayers() throws IOException {
        ModelArchitecture a = HuggingFaceConfigImporter.importConfig(Files.readString(QWEN35_397B), "q", "q");
        assertThat(a.linearLayerCount()).isEqualTo(45);
        assertThat(a.isLinearLayer(2)).isTrue();
        assertThat(a.isLinearLayer(3)).isFalse();
        assertThat(a.layerGroups()).extracting(g -> g.name() + "×" + g.layerCount())
                .containsExactly("moe.linear×45", "moe.full×15");
        assertThat(a.linearAttention().statePrecision()).as("no mamba_ssm_dtype in the copy").isNull();
    }

    @Test
    void qwen3NextMakesEveryFourthLayerFullFromTheInterval() {
        ModelArchitecture a = HuggingFaceConfigImporter.importConfig(NEXT, "n", "n");
        assertThat(a.linearAttention().linearLayers())
                .containsExactly(true, true, true, false, true, true, true, false);
        assertThat(a.moe().sharedExperts()).isEqualTo(1);
        assertThat(a.moe().sharedIntermediate()).isEqualTo(16);
        assertThat(a.rope().theta()).isEqualTo(10_000_000);
    }

    @Test
    void aFloat32MambaSsmDtypeSetsTheStatePrecision() {
        ModelArchitecture a = HuggingFaceConfigImporter.importConfig(
                NEXT.replace("\"rope_theta\"", "\"mamba_ssm_dtype\": \"float32\", \"rope_theta\""), "n", "n");
        assertThat(a.linearAttention().statePrecision()).isEqualTo(Precision.FP32);
    }

    @Test
    void ropeThetaIsReadFromRopeParametersWhenOnlyThoseAreGiven() {
        ModelArchitecture a = HuggingFaceConfigImporter.importConfig(NEXT.replace("\"rope_theta\": 10000000",
                "\"rope_parameters\": {\"rope_type\": \"default\", \"rope_theta\": 5000000}"), "n", "n");
        assertThat(a.rope().theta()).isEqualTo(5_000_000);
    }

    @Test
    void valueHeadsThatAreNotAMultipleOfKeyHeadsAreAFieldError() {
        assertThat(errorFields(NEXT.replace("\"linear_num_value_heads\": 4", "\"linear_num_value_heads\": 3")))
                .containsExactly("linear_num_value_heads");
    }

    @Test
    void everyBadLinearFieldIsReportedTogether() {
        String bad = NEXT.replace("\"linear_key_head_dim\": 8,", "")
                .replace("\"linear_conv_kernel_dim\": 4", "\"linear_conv_kernel_dim\": 0")
                .replace("\"shared_expert_intermediate_size\": 16", "\"shared_expert_intermediate_size\": 32");
        assertThat(errorFields(bad)).containsExactlyInAnyOrder("linear_key_head_dim", "linear_conv_kernel_dim",
                "shared_expert_intermediate_size");
    }

    @Test
    void anUngatedAttentionOutputAndAnUnknownLayerTypeAreRefused() {
        String bad = NEXT.replace("\"full_attention_interval\": 4,", "\"attn_output_gate\": false, \"layer_types\": "
                + "[\"linear_attention\", \"linear_attention\", \"linear_attention\", \"full_attention\", "
                + "\"linear_attention\", \"linear_attention\", \"mamba\", \"full_attention\"],");
        assertThat(errorFields(bad)).containsExactlyInAnyOrder("attn_output_gate", "layer_types");
    }

    private static java.util.List<String> errorFields(String json) {
        ModelConfigException e = catchThrowableOfType(ModelConfigException.class,
                () -> HuggingFaceConfigImporter.importConfig(json, "bad", "bad"));
        return e.errors().stream().map(FieldError::field).toList();
    }

    private static ModelArchitecture withRope(ModelArchitecture a, RopeSpec rope) {
        return new ModelArchitecture(a.id(), a.displayName(), a.family(), a.layers(), a.hidden(), a.heads(),
                a.kvHeads(), a.headDim(), a.intermediate(), a.vocab(), a.tiedEmbeddings(), a.maxContext(),
                a.attentionPattern(), a.attentionSinks(), a.attentionBias(), a.mlpBias(), a.qkNorm(), a.moe(),
                a.mla(), a.nativePrecisions(), rope, a.linearAttention(), a.mtpLayers(), a.fullAttention());
    }
}
