package com.inferplan.engine.model.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.inferplan.catalog.Precision;
import com.inferplan.engine.model.AttentionWindow;
import com.inferplan.engine.model.ModelArchitecture;
import com.inferplan.engine.model.ModelCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Gemma 4 configs, read from the copies in ../shared, import with their per-layer-kind attention and MoE. */
class Gemma4ImportTest {

    private static final Path CONFIGS = Path.of("../../shared/data/model-configs/aic");

    @Test
    void the26bA4bConfigImportsAsTheBuiltInEntry() throws IOException {
        assertThat(imported("google--gemma-4-26B-A4B_config.json", "gemma-4-26b-a4b").toString())
                .isEqualTo(builtIn("gemma-4-26b-a4b").toString());
    }

    @Test
    void nvidiasNvfp4CopyOfThe31bHasTheBuiltInShapesAndQuantisesOnlyTheMlp() throws IOException {
        ModelArchitecture a = imported("nvidia--Gemma-4-31B-IT-NVFP4_config.json", "gemma-4-31b");
        ModelArchitecture builtIn = builtIn("gemma-4-31b");
        assertThat(a.withNativePrecisions(builtIn.nativePrecisions()).toString()).isEqualTo(builtIn.toString());
        assertThat(a.nativePrecisions().denseMlp()).isEqualTo(Precision.NVFP4);
        assertThat(a.nativePrecisions().attention()).as("every self_attn* is ignored").isEqualTo(Precision.BF16);
    }

    @Test
    void nvidiasNvfp4CopyOfThe26bQuantisesOnlyTheRoutedExperts() throws IOException {
        ModelArchitecture a = imported("nvidia--Gemma-4-26B-A4B-NVFP4_config.json", "gemma-4-26b-a4b");
        assertThat(a.nativePrecisions().experts()).isEqualTo(Precision.NVFP4);
        assertThat(a.nativePrecisions().denseMlp()).as("layers.N.mlp* ignored on every layer").isEqualTo(Precision.BF16);
        assertThat(a.nativePrecisions().router()).isEqualTo(Precision.BF16);
        assertThat(a.nativePrecisions().attention()).isEqualTo(Precision.BF16);
    }

    @Test
    void fullLayersAreWiderWithFewerKvHeadsAndNoValueProjection() throws IOException {
        ModelArchitecture a = imported("google--gemma-4-26B-A4B_config.json", "gemma-4-26b-a4b");
        AttentionWindow sliding = AttentionWindow.sliding(1024);
        assertThat(a.attentionPattern().subList(0, 6)).containsExactly(sliding, sliding, sliding, sliding, sliding,
                AttentionWindow.FULL);
        assertThat(a.kvWidthOn(sliding)).isEqualTo(8 * 256);
        assertThat(a.kvWidthOn(AttentionWindow.FULL)).isEqualTo(2 * 512);
        assertThat(a.queryWidthOn(AttentionWindow.FULL)).isEqualTo(16 * 512);
        assertThat(a.projectsValuesOn(sliding)).isTrue();
        assertThat(a.projectsValuesOn(AttentionWindow.FULL)).isFalse();
        assertThat(a.moeLayerCount()).isEqualTo(30);
        assertThat(a.denseMlpLayerCount()).as("the dense MLP stays beside the experts").isEqualTo(30);
        assertThat(a.rope().theta()).as("the full layers' RoPE").isEqualTo(1_000_000.0);
    }

    @Test
    void withoutKeysAsValuesTheFullLayersKeepTheSlidingLayersKvHeads() throws IOException {
        // transformers takes num_global_key_value_heads only where attention_k_eq_v holds
        ModelArchitecture a = HuggingFaceConfigImporter.importConfig(
                config("google--gemma-4-26B-A4B_config.json").replace("\"attention_k_eq_v\": true", "\"attention_k_eq_v\": false"),
                "g", "g");
        assertThat(a.kvHeadsOn(AttentionWindow.FULL)).isEqualTo(8);
        assertThat(a.headDimOn(AttentionWindow.FULL)).isEqualTo(512);
        assertThat(a.projectsValuesOn(AttentionWindow.FULL)).isTrue();
    }

    @Test
    void theSmallModelsKvSharingAndPerLayerInputsAreRefusedNamingTheFields() throws IOException {
        String e4bLike = config("google--gemma-4-26B-A4B_config.json")
                .replace("\"num_kv_shared_layers\": 0", "\"num_kv_shared_layers\": 18")
                .replace("\"hidden_size_per_layer_input\": 0", "\"hidden_size_per_layer_input\": 256");
        ModelConfigException e = catchThrowableOfType(ModelConfigException.class,
                () -> HuggingFaceConfigImporter.importConfig(e4bLike, "g", "g"));
        assertThat(e.errors()).extracting(FieldError::field)
                .contains("num_kv_shared_layers", "hidden_size_per_layer_input");
    }

    private static ModelArchitecture imported(String file, String id) throws IOException {
        return HuggingFaceConfigImporter.importConfig(config(file), id, builtIn(id).displayName());
    }

    private static String config(String file) throws IOException {
        return Files.readString(CONFIGS.resolve(file));
    }

    private static ModelArchitecture builtIn(String id) {
        return ModelCatalog.builtIn().require(id);
    }
}
