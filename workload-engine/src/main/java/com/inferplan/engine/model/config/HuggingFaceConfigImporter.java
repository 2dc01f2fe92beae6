package com.inferplan.engine.model.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.inferplan.engine.model.AttentionBias;
import com.inferplan.engine.model.AttentionWindow;
import com.inferplan.engine.model.FullAttentionShape;
import com.inferplan.engine.model.HybridBlocks;
import com.inferplan.engine.model.LinearAttentionSpec;
import com.inferplan.engine.model.MlaSpec;
import com.inferplan.engine.model.ModelArchitecture;
import com.inferplan.engine.model.ModelFamily;
import com.inferplan.engine.model.MoeSpec;
import com.inferplan.engine.model.RopeSpec;
import com.inferplan.engine.model.WeightPrecisions;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a Hugging Face {@code config.json} into a {@link ModelArchitecture}. Unknown fields are
 * ignored; every missing or invalid required field is reported together in one
 * {@link ModelConfigException}.
 */
public final class HuggingFaceConfigImporter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> TOP_LEVEL_FIELDS = List.of("tie_word_embeddings", "quantization_config");
    private static final Set<String> MULTIMODAL = Set.of("llama4", "kimi_k25", "qwen3_5", "qwen3_5_moe", "gemma4");

    private HuggingFaceConfigImporter() {
    }

    public static ModelArchitecture importConfig(String json, String id, String displayName) {
        try {
            return importConfig(JSON.readTree(json), id, displayName);
        } catch (JsonProcessingException e) {
            throw new ModelConfigException(id, List.of(
                    new FieldError("(document)", "(not JSON)", "not valid JSON: " + e.getOriginalMessage())));
        }
    }

    public static ModelArchitecture importConfig(JsonNode root, String id, String displayName) {
        if (root == null || !root.isObject()) {
            throw new ModelConfigException(id, List.of(new FieldError("(document)", String.valueOf(root), "must be a JSON object")));
        }
        ConfigFields f = new ConfigFields(textConfigOfMultimodal(root));
        ModelFamily family = family(f, id);
        int declaredLayers = f.requiredPositiveInt("num_hidden_layers");
        // a Nemotron-H config counts single blocks; its layers are the mixer blocks
        HybridBlocks blocks = family == ModelFamily.NEMOTRON_H ? NemotronBlocks.read(f, declaredLayers) : null;
        int layers = blocks != null ? blocks.layers() : declaredLayers;
        int hidden = f.requiredPositiveInt("hidden_size");
        int heads = f.requiredPositiveInt("num_attention_heads");
        int kvHeads = f.optionalPositiveInt("num_key_value_heads", heads);
        int vocab = f.requiredPositiveInt("vocab_size");
        int maxContext = f.requiredPositiveInt("max_position_embeddings");
        MlaSpec mla = family.deepSeekStyle() ? MlaReader.read(f) : null;
        int headDim = headDim(f, hidden, heads, mla);
        checkGrouping(f, heads, kvHeads);
        int intermediate = intermediate(f, family);
        List<AttentionWindow> pattern = AttentionPatternReader.read(f, family, layers);
        MoeSpec moe = family == ModelFamily.NEMOTRON_H ? NemotronBlocks.experts(f, blocks) : MoeReader.read(f, family, layers);
        LinearAttentionSpec linear = family == ModelFamily.NEMOTRON_H
                ? NemotronBlocks.mamba(f, blocks) : LinearAttentionReader.read(f, family, layers);
        AttentionBias bias = attentionBias(f, family);
        QuantizationPlan quantization = PrecisionReader.read(f, family);
        RopeSpec rope = RopeReader.read(f);
        boolean tied = f.optionalBoolean("tie_word_embeddings", family.sandwichNorms());
        boolean mlpBias = family == ModelFamily.GPT_OSS || f.optionalBoolean("mlp_bias", false);
        boolean qkNorm = qkNorm(f, family);
        int mtpLayers = MtpReader.read(f);
        FullAttentionShape fullAttention = Gemma4Reader.fullAttention(f, family, headDim, kvHeads);
        if (!f.errors().isEmpty()) {
            throw new ModelConfigException(id, f.errors());
        }
        ModelArchitecture unquantised = new ModelArchitecture(id, displayName, family, layers, hidden, heads, kvHeads,
                headDim, intermediate, vocab, tied, maxContext, pattern, family == ModelFamily.GPT_OSS, bias, mlpBias,
                qkNorm, moe, mla, WeightPrecisions.uniform(quantization.base()), rope, linear, 0, fullAttention);
        return unquantised.withNativePrecisions(quantization.precisionsFor(unquantised)).withMtpLayers(mtpLayers);
    }

    /** Dense MLP width; Qwen3.5 MoE configs have none (every layer routes), so the expert width stands in. */
    private static int intermediate(ConfigFields f, ModelFamily family) {
        return switch (family) {
            case LLAMA4 -> f.requiredPositiveInt("intermediate_size_mlp");
            case QWEN3_5_MOE -> f.optionalPositiveInt("intermediate_size", Math.max(1,
                    f.optionalPositiveInt("moe_intermediate_size", 1)));
            default -> f.requiredPositiveInt("intermediate_size");
        };
    }

    private static boolean qkNorm(ConfigFields f, ModelFamily family) {
        return switch (family) {
            case QWEN3, QWEN3_MOE, GEMMA3, GEMMA4, QWEN3_NEXT, QWEN3_5, QWEN3_5_MOE -> true;
            case MINIMAX_M2 -> f.optionalBoolean("use_qk_norm", true);
            case GLM4_MOE, LLAMA4 -> f.optionalBoolean("use_qk_norm", false);
            default -> false;
        };
    }

    /** Llama 4, Qwen3.5, Kimi K2.5 and Gemma 4 checkpoints nest their language model in {@code text_config}. */
    private static JsonNode textConfigOfMultimodal(JsonNode root) {
        JsonNode text = root.path("text_config");
        return MULTIMODAL.contains(root.path("model_type").asText()) && text.isObject() ? withTopLevelFields(root, text) : root;
    }

    /**
     * Fields some checkpoints state beside {@code text_config} (Qwen3.5's {@code tie_word_embeddings},
     * NVIDIA's quantised Gemma 4 and Kimi K2.5 their {@code quantization_config}); the nested value
     * wins where both exist.
     */
    private static JsonNode withTopLevelFields(JsonNode root, JsonNode text) {
        com.fasterxml.jackson.databind.node.ObjectNode copy = text.deepCopy();
        for (String field : TOP_LEVEL_FIELDS) {
            if (!text.has(field) && root.has(field)) {
                copy.set(field, root.get(field));
            }
        }
        return copy;
    }

    private static ModelFamily family(ConfigFields f, String id) {
        String type = f.optionalText("model_type", "");
        Optional<ModelFamily> family = ModelFamily.fromModelType(type);
        if (family.isEmpty()) {
            String value = f.has("model_type") ? f.node("model_type").toString() : FieldError.MISSING;
            throw new ModelConfigException(id, List.of(new FieldError("model_type", value,
                    "unsupported model family; supported: " + ModelFamily.supportedModelTypes())));
        }
        return family.get();
    }

    private static int headDim(ConfigFields f, int hidden, int heads, MlaSpec mla) {
        if (mla != null) {
            return mla.qkHeadDim();
        }
        if (f.has("head_dim")) {
            return f.requiredPositiveInt("head_dim");
        }
        if (f.has("attention_head_dim")) {
            return f.requiredPositiveInt("attention_head_dim");
        }
        if (hidden > 0 && heads > 0 && hidden % heads != 0) {
            f.reject("num_attention_heads", String.valueOf(heads),
                    "does not divide hidden_size " + hidden + " and no head_dim is given");
            return 0;
        }
        return heads > 0 ? hidden / heads : 0;
    }

    private static void checkGrouping(ConfigFields f, int heads, int kvHeads) {
        if (heads > 0 && kvHeads > 0 && heads % kvHeads != 0) {
            f.reject("num_key_value_heads", String.valueOf(kvHeads),
                    "must divide num_attention_heads " + heads);
        }
    }

    private static AttentionBias attentionBias(ConfigFields f, ModelFamily family) {
        boolean configured = f.optionalBoolean("attention_bias", false);
        return switch (family) {
            case QWEN2 -> AttentionBias.QKV;
            // GLM's attention_bias puts biases on q, k and v; o_proj never has one
            case GLM4_MOE -> configured ? AttentionBias.QKV : AttentionBias.NONE;
            case GPT_OSS -> AttentionBias.QKVO;
            case LLAMA, QWEN3, QWEN3_MOE, GEMMA2, GEMMA3, GEMMA4 -> configured ? AttentionBias.QKVO : AttentionBias.NONE;
            case DEEPSEEK_V3, KIMI_K2, DEEPSEEK_V32, GLM_MOE_DSA, MISTRAL, MIXTRAL, PHI3, MINIMAX_M2, LLAMA4, QWEN3_NEXT, QWEN3_5,
                    QWEN3_5_MOE, NEMOTRON_H -> {
                if (configured) {
                    f.reject("attention_bias", "true", "not supported for " + family.modelType());
                }
                yield AttentionBias.NONE;
            }
        };
    }
}
