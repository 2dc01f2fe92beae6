package com.inferplan.engine.model.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.inferplan.catalog.Precision;
import com.inferplan.engine.model.AttentionBias;
import com.inferplan.engine.model.AttentionWindow;
import com.inferplan.engine.model.ModelArchitecture;
import com.inferplan.engine.model.ModelFamily;
import com.inferplan.engine.model.MoeRouting;
import org.junit.jupiter.api.Test;

class HuggingFaceConfigImporterTest {

    private static final String LLAMA_31_8B = """
            {"architectures": ["LlamaForCausalLM"], "attention_bias": false, "hidden_size": 4096,
             "intermediate_size": 14336, "max_position_embeddings": 131072, "mlp_bias": false,
             "model_type": "llama", "num_attention_heads": 32, "num_hidden_layers": 32,
             "num_key_value_heads": 8, "rms_norm_eps": 1e-05, "rope_theta": 500000.0,
             "rope_scaling": {"factor": 8.0, "low_freq_factor": 1.0, "high_freq_factor": 4.0,
                              "original_max_position_embeddings": 8192, "rope_type": "llama3"},
             "tie_word_embeddings": false, "torch_dtype": "bfloat16", "vocab_size": 128256,
             "some_future_field": {"ignored": true}}""";

    @Test
    void llamaConfigImportsWithDerivedHeadDimAndLlama3RopeScaling() {
        ModelArchitecture a = HuggingFaceConfigImporter.importConfig(LLAMA_31_8B, "llama", "Llama");
        assertThat(a.family()).isEqualTo(ModelFamily.LLAMA);
        assertThat(a.headDim()).isEqualTo(128);                      // 4096 / 32
        assertThat(a.kvHeads()).isEqualTo(8);
        assertThat(a.attentionPattern()).hasSize(32).containsOnly(AttentionWindow.FULL);
        assertThat(a.rope().scalingType()).isEqualTo("llama3");
        assertThat(a.rope().scalingFactor()).isEqualTo(8.0);
        assertThat(a.rope().originalContext()).isEqualTo(8192);
        assertThat(a.nativePrecisions().attention()).isEqualTo(Precision.BF16);
        assertThat(a.isMoe()).isFalse();
    }

    @Test
    void oldStyleLinearRopeScalingWithTypeKeyIsRead() {
        String json = LLAMA_31_8B.replace("\"rope_type\": \"llama3\"", "\"type\": \"linear\"");
        assertThat(HuggingFaceConfigImporter.importConfig(json, "x", "x").rope().scalingType()).isEqualTo("linear");
    }

    @Test
    void missingKeyValueHeadsMeansMultiHeadAttention() {
        String json = LLAMA_31_8B.replace("\"num_key_value_heads\": 8,", "");
        assertThat(HuggingFaceConfigImporter.importConfig(json, "x", "x").kvHeads()).isEqualTo(32);
    }

    @Test
    void unknownFamilyIsRejectedNamingModelTypeAndItsValue() {
        ModelConfigException e = catchThrowableOfType(ModelConfigException.class,
                () -> HuggingFaceConfigImporter.importConfig(LLAMA_31_8B.replace("\"llama\"", "\"falcon\""), "x", "x"));
        assertThat(e.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("model_type");
            assertThat(error.value()).isEqualTo("\"falcon\"");
            assertThat(error.message()).contains("llama").contains("deepseek_v3");
        });
    }

    @Test
    void everyInvalidFieldIsReportedAtOnce() {
        String json = LLAMA_31_8B.replace("\"hidden_size\": 4096,", "")
                .replace("\"num_hidden_layers\": 32", "\"num_hidden_layers\": -2")
                .replace("\"vocab_size\": 128256", "\"vocab_size\": 1.5");
        ModelConfigException e = catchThrowableOfType(ModelConfigException.class,
                () -> HuggingFaceConfigImporter.importConfig(json, "broken", "x"));
        assertThat(e.errors()).extracting(FieldError::field)
                .containsExactlyInAnyOrder("num_hidden_layers", "hidden_size", "vocab_size");
        assertThat(e.errors()).extracting(FieldError::value).contains("-2", FieldError.MISSING, "1.5");
        assertThat(e.getMessage()).contains("'broken'").contains("num_hidden_layers = -2: must be a positive integer");
    }

    @Test
    void headsThatDoNotDivideTheHiddenSizeAreRejectedWhenNoHeadDimIsGiven() {
        String json = LLAMA_31_8B.replace("\"num_attention_heads\": 32", "\"num_attention_heads\": 24")
                .replace("\"num_key_value_heads\": 8", "\"num_key_value_heads\": 5");
        ModelConfigException e = catchThrowableOfType(ModelConfigException.class,
                () -> HuggingFaceConfigImporter.importConfig(json, "x", "x"));
        assertThat(e.errors()).extracting(FieldError::field).containsExactlyInAnyOrder("num_attention_heads", "num_key_value_heads");
        assertThat(e.errors().get(0).message()).contains("does not divide hidden_size 4096");
    }

    @Test
    void anIntegerWrittenAsTextIsNotAnInteger() {
        assertThatThrownBy(() -> HuggingFaceConfigImporter.importConfig(
                LLAMA_31_8B.replace("\"num_hidden_layers\": 32", "\"num_hidden_layers\": \"32\""), "x", "x"))
                .isInstanceOf(ModelConfigException.class)
                .hasMessageContaining("num_hidden_layers = \"32\": must be an integer");
    }

    @Test
    void malformedJsonIsAConfigError() {
        assertThatThrownBy(() -> HuggingFaceConfigImporter.importConfig("{\"model_type\": ", "x", "x"))
                .isInstanceOf(ModelConfigException.class).hasMessageContaining("not valid JSON");
    }

    @Test
    void mistralSlidingWindowAppliesToEveryLayer() {
        ModelArchitecture a = HuggingFaceConfigImporter.importConfig(
                LLAMA_31_8B.replace("\"llama\"", "\"mistral\"").replace("\"mlp_bias\": false,", "\"sliding_window\": 4096,"), "m", "m");
        assertThat(a.attentionPattern()).containsOnly(AttentionWindow.sliding(4096));
    }

    @Test
    void qwenSlidingWindowStartsAtMaxWindowLayers() {
        String json = LLAMA_31_8B.replace("\"llama\"", "\"qwen2\"")
                .replace("\"mlp_bias\": false,", "\"use_sliding_window\": true, \"sliding_window\": 1024, \"max_window_layers\": 30,");
        ModelArchitecture a = HuggingFaceConfigImporter.importConfig(json, "q", "q");
        assertThat(a.attentionPattern().subList(0, 30)).containsOnly(AttentionWindow.FULL);
        assertThat(a.attentionPattern().subList(30, 32)).containsOnly(AttentionWindow.sliding(1024));
        assertThat(a.attentionBias()).isEqualTo(AttentionBias.QKV);
    }

    @Test
    void gptOssWithoutLayerTypesIsRejected() {
        String json = """
                {"model_type": "gpt_oss", "num_hidden_layers": 2, "hidden_size": 64, "num_attention_heads": 4,
                 "head_dim": 16, "num_key_value_heads": 2, "intermediate_size": 32, "vocab_size": 100,
                 "max_position_embeddings": 512, "num_local_experts": 4, "num_experts_per_tok": 2, "sliding_window": 8}""";
        assertThatThrownBy(() -> HuggingFaceConfigImporter.importConfig(json, "g", "g"))
                .hasMessageContaining("layer_types = (missing): gpt_oss configs must list layer_types");
    }

    @Test
    void moreExpertsPerTokenThanExpertsIsRejected() {
        String json = LLAMA_31_8B.replace("\"llama\"", "\"mixtral\"")
                .replace("\"mlp_bias\": false,", "\"num_local_experts\": 4, \"num_experts_per_tok\": 6,");
        assertThatThrownBy(() -> HuggingFaceConfigImporter.importConfig(json, "x", "x"))
                .hasMessageContaining("num_experts_per_tok = 6: exceeds the 4 experts of num_local_experts");
    }

    @Test
    void unsupportedQuantisationMethodIsNamed() {
        String json = LLAMA_31_8B.replace("\"mlp_bias\": false,", "\"quantization_config\": {\"quant_method\": \"gptq\"},");
        assertThatThrownBy(() -> HuggingFaceConfigImporter.importConfig(json, "x", "x"))
                .hasMessageContaining("quantization_config.quant_method = \"gptq\": unsupported; supported: mxfp4, fp8");
    }

    @Test
    void deepSeekReadsMlaMoeAndFp8() {
        String json = """
                {"model_type": "deepseek_v3", "num_hidden_layers": 61, "hidden_size": 7168, "num_attention_heads": 128,
                 "num_key_value_heads": 128, "intermediate_size": 18432, "vocab_size": 129280,
                 "max_position_embeddings": 163840, "q_lora_rank": 1536, "kv_lora_rank": 512, "qk_rope_head_dim": 64,
                 "qk_nope_head_dim": 128, "v_head_dim": 128, "n_routed_experts": 256, "n_shared_experts": 1,
                 "num_experts_per_tok": 8, "first_k_dense_replace": 3, "moe_intermediate_size": 2048, "n_group": 8,
                 "topk_group": 4, "torch_dtype": "bfloat16", "quantization_config": {"quant_method": "fp8"}}""";
        ModelArchitecture a = HuggingFaceConfigImporter.importConfig(json, "ds", "ds");
        assertThat(a.mla().latentWidth()).isEqualTo(576);
        assertThat(a.headDim()).isEqualTo(192);
        assertThat(a.moe().leadingDenseLayers()).isEqualTo(3);
        assertThat(a.moe().routing()).isEqualTo(MoeRouting.SIGMOID_GROUP_LIMITED);
        assertThat(a.moe().groups()).isEqualTo(8);
        assertThat(a.nativePrecisions().experts()).isEqualTo(Precision.FP8);
        assertThat(a.nativePrecisions().router()).isEqualTo(Precision.BF16);
        assertThat(a.nativePrecisions().lmHead()).isEqualTo(Precision.BF16);
    }

    @Test
    void deepSeekGroupsThatDoNotDivideTheExpertsAreRejected() {
        String json = """
                {"model_type": "deepseek_v3", "num_hidden_layers": 2, "hidden_size": 64, "num_attention_heads": 4,
                 "intermediate_size": 64, "vocab_size": 100, "max_position_embeddings": 512, "kv_lora_rank": 16,
                 "qk_rope_head_dim": 8, "qk_nope_head_dim": 8, "v_head_dim": 8, "n_routed_experts": 10,
                 "num_experts_per_tok": 2, "moe_intermediate_size": 8, "n_group": 4, "topk_group": 2}""";
        assertThatThrownBy(() -> HuggingFaceConfigImporter.importConfig(json, "x", "x")).hasMessageContaining("n_group = 4");
    }
}
