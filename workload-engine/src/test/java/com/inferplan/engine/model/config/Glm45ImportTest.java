package com.inferplan.engine.model.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.inferplan.engine.model.AttentionBias;
import com.inferplan.engine.model.ModelArchitecture;
import com.inferplan.engine.model.ModelCatalog;
import org.junit.jupiter.api.Test;

class Glm45ImportTest {

    /** The fields of zai-org/GLM-4.5's config.json that shape the model (as Megatron-Bridge's test quotes them). */
    private static final String GLM_45 = """
            {"architectures": ["Glm4MoeForCausalLM"], "model_type": "glm4_moe", "attention_bias": true,
             "first_k_dense_replace": 3, "head_dim": 128, "hidden_size": 5120, "intermediate_size": 12288,
             "max_position_embeddings": 131072, "moe_intermediate_size": 1536, "n_routed_experts": 160,
             "n_shared_experts": 1, "num_attention_heads": 96, "num_experts_per_tok": 8, "num_hidden_layers": 92,
             "num_key_value_heads": 8, "partial_rotary_factor": 0.5, "rope_theta": 1000000.0,
             "routed_scaling_factor": 2.5, "tie_word_embeddings": false, "torch_dtype": "bfloat16",
             "use_qk_norm": true, "vocab_size": 151552, "num_nextn_predict_layers": 1}""";

    @Test
    void thePublishedConfigImportsAsTheBuiltInGlm45() {
        ModelArchitecture imported = HuggingFaceConfigImporter.importConfig(GLM_45, "glm-4.5", "GLM-4.5");
        assertThat(imported.toString()).isEqualTo(ModelCatalog.builtIn().require("glm-4.5").toString());
    }

    @Test
    void attentionBiasMeansQkvBiasesAndTheFirstThreeLayersAreDense() {
        ModelArchitecture a = HuggingFaceConfigImporter.importConfig(GLM_45, "g", "g");
        assertThat(a.attentionBias()).isEqualTo(AttentionBias.QKV);
        assertThat(a.isMoeLayer(2)).isFalse();
        assertThat(a.isMoeLayer(3)).isTrue();
        assertThat(a.moeLayerCount()).isEqualTo(89);
        assertThat(a.qkNorm()).isTrue();
    }
}
