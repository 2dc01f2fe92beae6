package com.inferplan.engine.model.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.inferplan.engine.model.ModelFamily;
import com.inferplan.engine.model.MoeRouting;
import com.inferplan.engine.model.MoeSpec;

/** Reads the mixture-of-experts fields, whose names differ per family. */
final class MoeReader {

    private MoeReader() {
    }

    /** Null for dense families. */
    static MoeSpec read(ConfigFields f, ModelFamily family, int layers) {
        return switch (family) {
            case MIXTRAL -> spec(f, "num_local_experts", topK(f), f.requiredPositiveInt("intermediate_size"),
                    0, 0, MoeRouting.SOFTMAX_THEN_TOP_K, 1, 1, false);
            case QWEN3_MOE -> qwen3Moe(f);
            case GPT_OSS -> spec(f, "num_local_experts", gptOssTopK(f), f.requiredPositiveInt("intermediate_size"),
                    0, 0, MoeRouting.TOP_K_THEN_SOFTMAX, 1, 1, true);
            case DEEPSEEK_V3, KIMI_K2, DEEPSEEK_V32, GLM_MOE_DSA, GLM4_MOE -> deepSeek(f, layers);
            case MINIMAX_M2 -> spec(f, "num_local_experts", topK(f), f.requiredPositiveInt("intermediate_size"),
                    0, 0, MoeRouting.SIGMOID_GROUP_LIMITED, 1, 1, true);
            case LLAMA4 -> llama4(f, layers);
            case QWEN3_NEXT, QWEN3_5_MOE -> hybridQwen(f);
            case GEMMA4 -> gemma4(f);
            default -> null;
        };
    }

    /** Llama 4: one shared expert as wide as a routed one; MoE on every interleave_moe_layer_step-th layer. */
    private static MoeSpec llama4(ConfigFields f, int layers) {
        MoeSpec base = spec(f, "num_local_experts", topK(f), f.requiredPositiveInt("intermediate_size"),
                1, 0, MoeRouting.TOP_K_THEN_SOFTMAX, 1, 1, false);
        int step = f.optionalPositiveInt("interleave_moe_layer_step", 1);
        if (base == null || step == 0) {
            return null;
        }
        if (layers > 0 && step > layers) {
            f.reject("interleave_moe_layer_step", String.valueOf(step), "exceeds num_hidden_layers " + layers);
            return null;
        }
        return new MoeSpec(base.experts(), base.topK(), base.sharedExperts(), base.expertIntermediate(), 0,
                base.routing(), 1, 1, false, step);
    }

    /**
     * Gemma 4 with {@code enable_moe_block}: every layer routes to {@code top_k_experts} of
     * {@code num_experts} (softmax, top k, renormalised, then a per-expert scale) beside its dense
     * MLP, which stays {@link com.inferplan.engine.model.ModelArchitecture#intermediate()} wide.
     */
    private static MoeSpec gemma4(ConfigFields f) {
        if (!f.optionalBoolean("enable_moe_block", false)) {
            return null;
        }
        return spec(f, "num_experts", f.requiredPositiveInt("top_k_experts"), f.requiredPositiveInt("moe_intermediate_size"),
                0, 0, MoeRouting.SOFTMAX_THEN_TOP_K, 1, 1, false);
    }

    /** Qwen3-Next / Qwen3.5: Qwen3's routing plus one gated shared expert of shared_expert_intermediate_size. */
    private static MoeSpec hybridQwen(ConfigFields f) {
        MoeSpec routed = qwen3Moe(f);
        if (routed == null || !f.has("shared_expert_intermediate_size")) {
            return routed;
        }
        int shared = f.requiredPositiveInt("shared_expert_intermediate_size");
        if (shared != routed.expertIntermediate()) {
            f.reject("shared_expert_intermediate_size", String.valueOf(shared),
                    "must equal moe_intermediate_size " + routed.expertIntermediate() + " (one shared expert of an expert's width)");
            return routed;
        }
        return new MoeSpec(routed.experts(), routed.topK(), 1, routed.expertIntermediate(), 0, routed.routing(), 1, 1, false);
    }

    private static MoeSpec qwen3Moe(ConfigFields f) {
        if (f.optionalPositiveInt("decoder_sparse_step", 1) != 1) {
            f.reject("decoder_sparse_step", f.node("decoder_sparse_step").toString(),
                    "only 1 (every layer is MoE) is supported");
        }
        JsonNode denseOnly = f.node("mlp_only_layers");
        if (denseOnly != null && !denseOnly.isNull() && (!denseOnly.isArray() || denseOnly.size() > 0)) {
            f.reject("mlp_only_layers", denseOnly.toString(), "only an empty list is supported");
        }
        return spec(f, "num_experts", topK(f), f.requiredPositiveInt("moe_intermediate_size"),
                0, 0, MoeRouting.SOFTMAX_THEN_TOP_K, 1, 1, false);
    }

    private static MoeSpec deepSeek(ConfigFields f, int layers) {
        if (f.optionalPositiveInt("moe_layer_freq", 1) != 1) {
            f.reject("moe_layer_freq", f.node("moe_layer_freq").toString(), "only 1 (every layer after the dense ones) is supported");
        }
        int leadingDense = f.optionalNonNegativeInt("first_k_dense_replace", 0);
        if (layers > 0 && leadingDense > layers) {
            f.reject("first_k_dense_replace", String.valueOf(leadingDense), "exceeds num_hidden_layers " + layers);
            leadingDense = 0;
        }
        return spec(f, "n_routed_experts", topK(f), f.requiredPositiveInt("moe_intermediate_size"),
                f.optionalNonNegativeInt("n_shared_experts", 0), leadingDense, MoeRouting.SIGMOID_GROUP_LIMITED,
                f.optionalPositiveInt("n_group", 1), f.optionalPositiveInt("topk_group", 1), true);
    }

    private static int topK(ConfigFields f) {
        return f.requiredPositiveInt("num_experts_per_tok");
    }

    private static int gptOssTopK(ConfigFields f) {
        return f.has("num_experts_per_tok") ? topK(f) : f.requiredPositiveInt("experts_per_token");
    }

    private static MoeSpec spec(ConfigFields f, String expertsField, int topK, int width, int shared, int leadingDense,
                                MoeRouting routing, int groups, int topKGroups, boolean routerBias) {
        int experts = f.requiredPositiveInt(expertsField);
        if (experts == 0 || topK == 0 || width == 0 || groups == 0 || topKGroups == 0) {
            return null;
        }
        if (topK > experts) {
            f.reject("num_experts_per_tok", String.valueOf(topK), "exceeds the " + experts + " experts of " + expertsField);
            return null;
        }
        if (experts % groups != 0 || topKGroups > groups) {
            f.reject("n_group", String.valueOf(groups),
                    "must divide " + expertsField + " (" + experts + ") and be at least topk_group (" + topKGroups + ")");
            return null;
        }
        return new MoeSpec(experts, topK, shared, width, leadingDense, routing, groups, topKGroups, routerBias);
    }
}
