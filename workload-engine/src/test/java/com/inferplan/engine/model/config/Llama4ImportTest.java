package com.inferplan.engine.model.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.inferplan.engine.model.AttentionWindow;
import com.inferplan.engine.model.ModelArchitecture;
import com.inferplan.engine.model.ModelCatalog;
import org.junit.jupiter.api.Test;

class Llama4ImportTest {

    /** The text_config fields of Llama-4-Maverick-17B-128E-Instruct that shape the model. */
    private static final String MAVERICK = """
            {"model_type": "llama4", "torch_dtype": "bfloat16", "text_config": {
              "model_type": "llama4_text", "num_hidden_layers": 48, "hidden_size": 5120, "num_attention_heads": 40,
              "num_key_value_heads": 8, "head_dim": 128, "intermediate_size": 8192, "intermediate_size_mlp": 16384,
              "vocab_size": 202048, "max_position_embeddings": 1048576, "attention_chunk_size": 8192,
              "num_local_experts": 128, "num_experts_per_tok": 1, "interleave_moe_layer_step": 2,
              "use_qk_norm": false, "rope_theta": 500000.0, "rope_scaling": null, "torch_dtype": "bfloat16"}}""";

    @Test
    void theTextConfigOfALlama4CheckpointImportsAsTheBuiltInMaverick() {
        ModelArchitecture imported = HuggingFaceConfigImporter.importConfig(MAVERICK, "llama-4-maverick",
                "Llama 4 Maverick 17B-128E");
        assertThat(imported.toString()).isEqualTo(ModelCatalog.builtIn().require("llama-4-maverick").toString());
    }

    @Test
    void everyFourthLayerIsGlobalAndTheOthersAttendTheirChunk() {
        ModelArchitecture a = HuggingFaceConfigImporter.importConfig(MAVERICK, "m", "m");
        assertThat(a.attentionPattern().subList(0, 4)).containsExactly(AttentionWindow.chunked(8192),
                AttentionWindow.chunked(8192), AttentionWindow.chunked(8192), AttentionWindow.FULL);
    }

    @Test
    void oddLayersRouteToExpertsAndEvenLayersAreDenseWithStepTwo() {
        ModelArchitecture a = HuggingFaceConfigImporter.importConfig(MAVERICK, "m", "m");
        assertThat(a.isMoeLayer(0)).isFalse();
        assertThat(a.isMoeLayer(1)).isTrue();
        assertThat(a.isMoeLayer(47)).isTrue();
        assertThat(a.moeLayerCount()).isEqualTo(24);
        assertThat(a.intermediate()).as("dense MLP width is intermediate_size_mlp").isEqualTo(16384);
        assertThat(a.moe().sharedIntermediate()).isEqualTo(8192);
    }

    @Test
    void scoutsQkNormIsWeightlessAndOnlyOnTheChunkedRopeLayers() {
        ModelArchitecture a = HuggingFaceConfigImporter.importConfig(MAVERICK.replace("\"use_qk_norm\": false",
                "\"use_qk_norm\": true"), "scout", "scout");
        assertThat(a.qkNorm()).isTrue();
        assertThat(a.qkNormWeightsOn(AttentionWindow.chunked(8192))).as("Llama4TextL2Norm has no weight").isZero();
        assertThat(a.qkNormOn(AttentionWindow.chunked(8192))).isTrue();
        assertThat(a.qkNormOn(AttentionWindow.FULL)).as("NoPE layers have no qk_norm").isFalse();
    }
}
