package com.inferplan.engine.model.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.inferplan.engine.model.HybridBlocks;
import com.inferplan.engine.model.LinearAttentionSpec;
import com.inferplan.engine.model.MoeRouting;
import com.inferplan.engine.model.MoeSpec;
import com.inferplan.engine.model.RecurrentMixer;

/**
 * Reads a {@code nemotron_h} config: its block stack ({@code hybrid_override_pattern}, or the
 * {@code layers_block_type} list newer configs state), the Mamba-2 widths and, where the stack has
 * MoE blocks, the sigmoid-routed experts with one shared expert of its own width, in a latent of
 * {@code moe_latent_size} where the config states one (Nemotron 3 Super's LatentMoE).
 */
final class NemotronBlocks {

    private static final String PATTERN = "hybrid_override_pattern";
    private static final String TYPES = "layers_block_type";

    private NemotronBlocks() {
    }

    /** Null (and a field error) when the stack cannot be read. */
    static HybridBlocks read(ConfigFields f, int blocks) {
        String pattern = pattern(f);
        if (pattern == null) {
            return null;
        }
        String field = f.has(PATTERN) ? PATTERN : TYPES;
        if (blocks > 0 && pattern.length() != blocks) {
            f.reject(field, f.node(field).toString(), "has " + pattern.length() + " blocks; num_hidden_layers is " + blocks);
            return null;
        }
        try {
            return HybridBlocks.parse(pattern);
        } catch (IllegalArgumentException e) {
            f.reject(field, f.node(field).toString(), e.getMessage());
            return null;
        }
    }

    static LinearAttentionSpec mamba(ConfigFields f, HybridBlocks blocks) {
        if (!f.optionalText("mlp_hidden_act", "relu2").equals("relu2")) {
            f.reject("mlp_hidden_act", f.node("mlp_hidden_act").toString(), "only relu2 (squared ReLU) is modelled");
        }
        int heads = f.requiredPositiveInt("mamba_num_heads");
        int headDim = f.requiredPositiveInt("mamba_head_dim");
        int groups = f.requiredPositiveInt("n_groups");
        int state = f.requiredPositiveInt("ssm_state_size");
        int conv = f.requiredPositiveInt("conv_kernel");
        if (groups > 0 && heads % groups != 0) {
            f.reject("mamba_num_heads", String.valueOf(heads), "must be a multiple of n_groups " + groups);
            return null;
        }
        if (blocks == null || heads == 0 || headDim == 0 || groups == 0 || state == 0 || conv == 0) {
            return null;
        }
        var precision = f.has("mamba_ssm_cache_dtype") ? PrecisionReader.dtype(f, "mamba_ssm_cache_dtype") : null;
        return new LinearAttentionSpec(RecurrentMixer.MAMBA2, groups, heads, state, headDim, conv, precision,
                blocks.mambaLayers(), blocks.mlpLayers());
    }

    /** Null when the stack has no MoE blocks. */
    static MoeSpec experts(ConfigFields f, HybridBlocks blocks) {
        if (blocks == null || !blocks.routesExperts()) {
            return null;
        }
        int experts = f.requiredPositiveInt("n_routed_experts");
        int topK = f.requiredPositiveInt("num_experts_per_tok");
        int width = f.requiredPositiveInt("moe_intermediate_size");
        int sharedWidth = f.optionalNonNegativeInt("moe_shared_expert_intermediate_size", 0);
        int groups = f.optionalPositiveInt("n_group", 1);
        int topKGroups = f.optionalPositiveInt("topk_group", 1);
        if (width > 0 && sharedWidth % width != 0) {
            // MoeSpec fuses shared experts into one MLP of sharedExperts × expert width
            f.reject("moe_shared_expert_intermediate_size", String.valueOf(sharedWidth),
                    "must be a multiple of moe_intermediate_size " + width);
            return null;
        }
        if (experts == 0 || topK == 0 || width == 0 || groups == 0 || topKGroups == 0) {
            return null;
        }
        if (topK > experts) {
            f.reject("num_experts_per_tok", String.valueOf(topK), "exceeds the " + experts + " experts of n_routed_experts");
            return null;
        }
        if (experts % groups != 0 || topKGroups > groups) {
            f.reject("n_group", String.valueOf(groups), "must divide n_routed_experts (" + experts
                    + ") and be at least topk_group (" + topKGroups + ")");
            return null;
        }
        int latent = f.optionalNonNegativeInt("moe_latent_size", 0);
        return new MoeSpec(experts, topK, sharedWidth / width, width, 0, MoeRouting.SIGMOID_GROUP_LIMITED, groups,
                topKGroups, true, 1, latent);
    }

    private static String pattern(ConfigFields f) {
        if (f.has(PATTERN)) {
            String text = f.optionalText(PATTERN, "");
            return text.isEmpty() ? null : text;
        }
        JsonNode types = f.node(TYPES);
        if (types == null || !types.isArray()) {
            f.reject(PATTERN, FieldError.MISSING, "nemotron_h configs must state " + PATTERN + " or " + TYPES);
            return null;
        }
        StringBuilder pattern = new StringBuilder();
        for (JsonNode type : types) {
            Character symbol = HybridBlocks.BLOCK_TYPES.get(type.asText());
            if (symbol == null) {
                f.reject(TYPES, type.toString(), "unknown block type; expected " + HybridBlocks.BLOCK_TYPES);
                return null;
            }
            pattern.append(symbol);
        }
        return pattern.toString();
    }
}
