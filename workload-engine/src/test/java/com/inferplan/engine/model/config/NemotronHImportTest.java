package com.inferplan.engine.model.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.inferplan.engine.model.ModelArchitecture;
import com.inferplan.engine.model.ModelCatalog;
import com.inferplan.engine.model.MoeRouting;
import com.inferplan.engine.model.RecurrentMixer;
import org.junit.jupiter.api.Test;

/**
 * Nemotron 3 Nano's published config fields (the copy recorded in the built-in entry's citation)
 * import as the built-in model; bad stacks and activations are field errors.
 */
class NemotronHImportTest {

    private static final String PATTERN = "MEMEM*EMEMEM*EMEMEM*EMEMEM*EMEMEM*EMEMEMEM*EMEMEMEME";
    private static final String NANO3 = """
            {"model_type": "nemotron_h", "architectures": ["NemotronHForCausalLM"], "hidden_size": 2688,
             "num_hidden_layers": 52, "hybrid_override_pattern": "%s", "num_attention_heads": 32,
             "num_key_value_heads": 2, "head_dim": 128, "intermediate_size": 1856, "vocab_size": 131072,
             "max_position_embeddings": 262144, "mamba_num_heads": 64, "mamba_head_dim": 64, "n_groups": 8,
             "ssm_state_size": 128, "conv_kernel": 4, "use_conv_bias": true, "expand": 2, "mlp_hidden_act": "%s",
             "mamba_hidden_act": "silu", "n_routed_experts": 128, "num_experts_per_tok": 6,
             "moe_intermediate_size": 1856, "moe_shared_expert_intermediate_size": 3712, "n_shared_experts": 1,
             "n_group": 1, "topk_group": 1, "norm_topk_prob": true, "routed_scaling_factor": 2.5,
             "rope_theta": 10000, "tie_word_embeddings": false, "torch_dtype": "bfloat16", "attention_bias": false}""";

    @Test
    void thePublishedNano3FieldsImportAsTheBuiltInEntry() {
        ModelArchitecture imported = HuggingFaceConfigImporter.importConfig(NANO3.formatted(PATTERN, "relu2"),
                "nemotron-3-nano-30b-a3b", "NVIDIA Nemotron 3 Nano 30B-A3B");
        ModelArchitecture builtIn = ModelCatalog.builtIn().require("nemotron-3-nano-30b-a3b");
        assertThat(imported.toString()).isEqualTo(builtIn.toString());
        assertThat(imported.layers()).isEqualTo(29);
        assertThat(imported.linearAttention().mixer()).isEqualTo(RecurrentMixer.MAMBA2);
        assertThat(imported.moe().routing()).isEqualTo(MoeRouting.SIGMOID_GROUP_LIMITED);
        assertThat(imported.moe().sharedIntermediate()).isEqualTo(3712);
        assertThat(imported.moeLayerCount()).isEqualTo(23);
        assertThat(imported.layerGroups()).extracting(g -> g.name() + "×" + g.layerCount())
                .containsExactly("moe.linear×17", "mixer.linear×6", "moe.full×6");
    }

    @Test
    void theNemotron3SuperFieldsImportAsTheBuiltInLatentMoe() {
        String pattern = "MEMEMEM*EMEMEMEM*EMEMEMEM*EMEMEMEMEM*EMEMEMEMEM*EMEMEMEMEM*EMEMEMEMEM*EMEMEMEM*EMEMEMEME";
        String superConfig = NANO3.formatted(pattern, "relu2")
                .replace("\"hidden_size\": 2688", "\"hidden_size\": 4096").replace("\"num_hidden_layers\": 52", "\"num_hidden_layers\": 88")
                .replace("\"num_key_value_heads\": 2", "\"num_key_value_heads\": 2, \"moe_latent_size\": 1024")
                .replace("\"intermediate_size\": 1856", "\"intermediate_size\": 2688")
                .replace("\"max_position_embeddings\": 262144", "\"max_position_embeddings\": 262144")
                .replace("\"mamba_num_heads\": 64", "\"mamba_num_heads\": 128")
                .replace("\"n_routed_experts\": 128", "\"n_routed_experts\": 512").replace("\"num_experts_per_tok\": 6", "\"num_experts_per_tok\": 22")
                .replace("\"moe_intermediate_size\": 1856", "\"moe_intermediate_size\": 2688")
                .replace("\"moe_shared_expert_intermediate_size\": 3712", "\"moe_shared_expert_intermediate_size\": 5376");
        ModelArchitecture imported = HuggingFaceConfigImporter.importConfig(superConfig, "nemotron-3-super-120b-a12b",
                "NVIDIA Nemotron 3 Super 120B-A12B");
        ModelArchitecture builtIn = ModelCatalog.builtIn().require("nemotron-3-super-120b-a12b");
        assertThat(imported.toString()).isEqualTo(builtIn.toString());
        assertThat(imported.moe().latentWidth()).isEqualTo(1024);
        assertThat(imported.layers()).isEqualTo(48);
        assertThat(imported.moeLayerCount()).isEqualTo(40);
    }

    @Test
    void aStackOfTheWrongLengthIsAFieldError() {
        ModelConfigException e = catchThrowableOfType(ModelConfigException.class, () -> HuggingFaceConfigImporter
                .importConfig(NANO3.formatted(PATTERN + "M", "relu2"), "n", "n"));
        assertThat(e.errors()).extracting(FieldError::field, FieldError::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("hybrid_override_pattern",
                        "has 53 blocks; num_hidden_layers is 52"));
    }

    @Test
    void anotherMlpActivationAndAnMlpWithoutMixerAreFieldErrors() {
        ModelConfigException act = catchThrowableOfType(ModelConfigException.class, () -> HuggingFaceConfigImporter
                .importConfig(NANO3.formatted(PATTERN, "silu"), "n", "n"));
        assertThat(act.errors()).extracting(FieldError::field).containsExactly("mlp_hidden_act");
        String orphan = "EE" + PATTERN.substring(2);
        ModelConfigException stack = catchThrowableOfType(ModelConfigException.class, () -> HuggingFaceConfigImporter
                .importConfig(NANO3.formatted(orphan, "relu2"), "n", "n"));
        assertThat(stack.errors()).extracting(FieldError::message)
                .containsExactly("block 0 ('E') is an MLP without a mixer block before it");
    }

    @Test
    void aBlockTypeListReadsAsThePattern() {
        String listed = NANO3.formatted(PATTERN, "relu2").replace("\"hybrid_override_pattern\": \"" + PATTERN + "\"",
                "\"layers_block_type\": " + blockTypes());
        ModelArchitecture a = HuggingFaceConfigImporter.importConfig(listed, "n", "n");
        assertThat(a.layers()).isEqualTo(29);
        assertThat(a.moeLayerCount()).isEqualTo(23);
    }

    private static String blockTypes() {
        StringBuilder list = new StringBuilder("[");
        for (char c : PATTERN.toCharArray()) {
            list.append(list.length() > 1 ? ", " : "").append('"')
                    .append(switch (c) { case 'M' -> "mamba"; case 'E' -> "moe"; default -> "attention"; }).append('"');
        }
        return list.append(']').toString();
    }
}
