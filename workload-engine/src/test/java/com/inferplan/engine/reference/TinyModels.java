package com.inferplan.engine.reference;

import com.inferplan.engine.model.ModelArchitecture;
import com.inferplan.engine.model.config.HuggingFaceConfigImporter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Small float32 versions of every family, written as Hugging Face configs so the importer is
 * exercised too. Widths and depths are reduced; every feature stays: GQA, sliding windows (short,
 * so they really cap), sinks, q/k norm, biases, top-k routing, shared experts, leading dense
 * layers, MLA with and without query compression, Llama 4's chunked attention (chunks of 3) with
 * interleaved MoE layers (and, as Scout, MoE on every layer with the weightless q/k norm on the chunked ones), Gated DeltaNet layers beside gated full attention (Qwen3-Next with a gated
 * shared expert; Qwen3.5 dense, nested in text_config, with an FP32 state and more value than key heads);
 * DeepSeek sparse attention (top-3 of up to 9 tokens, so it really selects); Gemma 4 with sandwich
 * norms and wider full layers, keys doubling as values on them and experts beside the dense MLP
 * (MoE), or full layers keeping the sliding layers' KV heads and their own v_proj (dense).
 */
final class TinyModels {

    private static final String COMMON = """
            "hidden_size": 32, "num_attention_heads": 4, "num_key_value_heads": 2, "vocab_size": 61,
            "max_position_embeddings": 64, "torch_dtype": "float32", "rope_theta": 10000.0,
            """;

    private TinyModels() {
    }

    static Map<String, ModelArchitecture> all() {
        Map<String, ModelArchitecture> models = new LinkedHashMap<>();
        models.put("llama", parse("llama", """
                {"model_type": "llama", "num_hidden_layers": 2, "intermediate_size": 48, %s
                 "rope_scaling": {"rope_type": "llama3", "factor": 8.0, "original_max_position_embeddings": 16}}"""));
        models.put("llama-biased-tied", parse("llama-biased-tied", """
                {"model_type": "llama", "num_hidden_layers": 2, "intermediate_size": 48, %s
                 "attention_bias": true, "mlp_bias": true, "tie_word_embeddings": true}"""));
        models.put("mistral", parse("mistral", """
                {"model_type": "mistral", "num_hidden_layers": 2, "intermediate_size": 48, %s "sliding_window": 3}"""));
        models.put("mixtral", parse("mixtral", """
                {"model_type": "mixtral", "num_hidden_layers": 2, "intermediate_size": 24, %s
                 "num_local_experts": 4, "num_experts_per_tok": 2, "sliding_window": null}"""));
        models.put("qwen2", parse("qwen2", """
                {"model_type": "qwen2", "num_hidden_layers": 2, "intermediate_size": 48, %s
                 "use_sliding_window": true, "sliding_window": 4, "max_window_layers": 1}"""));
        models.put("qwen3", parse("qwen3", """
                {"model_type": "qwen3", "num_hidden_layers": 2, "intermediate_size": 48, %s "head_dim": 16}"""));
        models.put("qwen3_moe", parse("qwen3_moe", """
                {"model_type": "qwen3_moe", "num_hidden_layers": 2, "intermediate_size": 48, %s "head_dim": 8,
                 "num_experts": 8, "num_experts_per_tok": 2, "moe_intermediate_size": 16,
                 "decoder_sparse_step": 1, "mlp_only_layers": [], "norm_topk_prob": true}"""));
        models.put("gpt_oss", parse("gpt_oss", """
                {"model_type": "gpt_oss", "num_hidden_layers": 4, "intermediate_size": 16, %s "head_dim": 8,
                 "num_local_experts": 4, "experts_per_token": 2, "sliding_window": 3, "attention_bias": true,
                 "layer_types": ["sliding_attention", "full_attention", "sliding_attention", "full_attention"]}"""));
        models.put("deepseek_v3", parse("deepseek_v3", """
                {"model_type": "deepseek_v3", "num_hidden_layers": 3, "intermediate_size": 40, %s
                 "q_lora_rank": 24, "kv_lora_rank": 16, "qk_rope_head_dim": 8,
                 "qk_nope_head_dim": 8, "v_head_dim": 8, "n_routed_experts": 8, "num_experts_per_tok": 2,
                 "n_group": 4, "topk_group": 2, "n_shared_experts": 1, "first_k_dense_replace": 1,
                 "moe_intermediate_size": 12}"""));
        models.put("deepseek_v3-uncompressed-q", parse("deepseek_v3-uncompressed-q", """
                {"model_type": "deepseek_v3", "num_hidden_layers": 2, "intermediate_size": 40, %s
                 "q_lora_rank": null, "kv_lora_rank": 16, "qk_rope_head_dim": 8,
                 "qk_nope_head_dim": 8, "v_head_dim": 12, "n_routed_experts": 4, "num_experts_per_tok": 1,
                 "n_shared_experts": 2, "first_k_dense_replace": 0, "moe_intermediate_size": 8}"""));
        models.put("deepseek_v32", parse("deepseek_v32", """
                {"model_type": "deepseek_v32", "num_hidden_layers": 2, "intermediate_size": 40, %s
                 "q_lora_rank": 24, "kv_lora_rank": 16, "qk_rope_head_dim": 8,
                 "qk_nope_head_dim": 8, "v_head_dim": 8, "n_routed_experts": 4, "num_experts_per_tok": 2,
                 "n_shared_experts": 1, "first_k_dense_replace": 1, "moe_intermediate_size": 12,
                 "index_n_heads": 2, "index_head_dim": 12, "index_topk": 3}"""));
        models.put("glm_moe_dsa-uncompressed-q", parse("glm_moe_dsa-uncompressed-q", """
                {"model_type": "glm_moe_dsa", "num_hidden_layers": 2, "intermediate_size": 40, %s
                 "q_lora_rank": null, "kv_lora_rank": 16, "qk_rope_head_dim": 8,
                 "qk_nope_head_dim": 8, "v_head_dim": 8, "n_routed_experts": 4, "num_experts_per_tok": 1,
                 "first_k_dense_replace": 1, "moe_intermediate_size": 8,
                 "index_n_heads": 3, "index_head_dim": 8, "index_topk": 4}"""));
        models.put("llama4", parse("llama4", """
                {"model_type": "llama4", "text_config": {"model_type": "llama4_text", "num_hidden_layers": 4,
                 "intermediate_size": 16, "intermediate_size_mlp": 48, %s "head_dim": 8,
                 "attention_chunk_size": 3, "num_local_experts": 4, "num_experts_per_tok": 1,
                 "interleave_moe_layer_step": 2, "use_qk_norm": false}}"""));
        models.put("llama4-scout", parse("llama4-scout", """
                {"model_type": "llama4", "text_config": {"model_type": "llama4_text", "num_hidden_layers": 4,
                 "intermediate_size": 16, "intermediate_size_mlp": 48, %s "head_dim": 8,
                 "attention_chunk_size": 3, "num_local_experts": 4, "num_experts_per_tok": 1,
                 "interleave_moe_layer_step": 1, "use_qk_norm": true}}"""));
        models.put("qwen3_next", parse("qwen3_next", """
                {"model_type": "qwen3_next", "num_hidden_layers": 4, "intermediate_size": 16, %s "head_dim": 8,
                 "full_attention_interval": 2, "linear_num_key_heads": 2, "linear_num_value_heads": 2,
                 "linear_key_head_dim": 4, "linear_value_head_dim": 6, "linear_conv_kernel_dim": 3,
                 "num_experts": 4, "num_experts_per_tok": 2, "moe_intermediate_size": 8,
                 "shared_expert_intermediate_size": 8, "decoder_sparse_step": 1, "mlp_only_layers": []}"""));
        models.put("qwen3_5", parse("qwen3_5", """
                {"model_type": "qwen3_5", "tie_word_embeddings": false, "text_config": {"model_type": "qwen3_5_text",
                 "num_hidden_layers": 3, "intermediate_size": 48, %s "head_dim": 8, "attn_output_gate": true,
                 "layer_types": ["linear_attention", "full_attention", "linear_attention"],
                 "linear_num_key_heads": 2, "linear_num_value_heads": 4, "linear_key_head_dim": 4,
                 "linear_value_head_dim": 6, "linear_conv_kernel_dim": 4, "mamba_ssm_dtype": "float32"}}"""));
        models.put("nemotron_h", parse("nemotron_h", """
                {"model_type": "nemotron_h", "num_hidden_layers": 8, "hybrid_override_pattern": "M-M*-MM-",
                 "intermediate_size": 24, %s "head_dim": 8, "mamba_num_heads": 4, "mamba_head_dim": 3,
                 "n_groups": 2, "ssm_state_size": 5, "conv_kernel": 4, "mlp_hidden_act": "relu2"}"""));
        models.put("nemotron_h-moe", parse("nemotron_h-moe", """
                {"model_type": "nemotron_h", "num_hidden_layers": 6, "hybrid_override_pattern": "MEM*EM",
                 "intermediate_size": 8, %s "head_dim": 8, "mamba_num_heads": 4, "mamba_head_dim": 3,
                 "n_groups": 2, "ssm_state_size": 5, "conv_kernel": 4, "n_routed_experts": 4,
                 "num_experts_per_tok": 2, "moe_intermediate_size": 8, "moe_shared_expert_intermediate_size": 16,
                 "n_shared_experts": 1, "n_group": 1, "topk_group": 1}"""));
        models.put("nemotron_h-latent-moe", parse("nemotron_h-latent-moe", """
                {"model_type": "nemotron_h", "num_hidden_layers": 4, "hybrid_override_pattern": "ME*E",
                 "intermediate_size": 8, %s "head_dim": 8, "mamba_num_heads": 4, "mamba_head_dim": 3,
                 "n_groups": 2, "ssm_state_size": 5, "conv_kernel": 4, "n_routed_experts": 4,
                 "num_experts_per_tok": 2, "moe_intermediate_size": 8, "moe_latent_size": 12,
                 "moe_shared_expert_intermediate_size": 16, "n_shared_experts": 1}"""));
        models.put("gemma4-moe", parse("gemma4-moe", """
                {"model_type": "gemma4", "text_config": {"model_type": "gemma4_text", "num_hidden_layers": 4,
                 "intermediate_size": 24, %s "head_dim": 8, "global_head_dim": 16,
                 "num_global_key_value_heads": 1, "attention_k_eq_v": true, "sliding_window": 3,
                 "layer_types": ["sliding_attention", "full_attention", "sliding_attention", "full_attention"],
                 "enable_moe_block": true, "num_experts": 4, "top_k_experts": 2, "moe_intermediate_size": 8,
                 "num_kv_shared_layers": 0, "hidden_size_per_layer_input": 0, "tie_word_embeddings": true}}"""));
        models.put("gemma4-dense", parse("gemma4-dense", """
                {"model_type": "gemma4", "text_config": {"model_type": "gemma4_text", "num_hidden_layers": 3,
                 "intermediate_size": 48, %s "head_dim": 8, "global_head_dim": 16,
                 "num_global_key_value_heads": 1, "attention_k_eq_v": false, "sliding_window": 3,
                 "layer_types": ["sliding_attention", "sliding_attention", "full_attention"],
                 "enable_moe_block": false, "tie_word_embeddings": true}}"""));
        return models;
    }

    static ModelArchitecture get(String name) {
        return all().get(name);
    }

    private static ModelArchitecture parse(String id, String template) {
        return HuggingFaceConfigImporter.importConfig(template.formatted(COMMON), "tiny-" + id, "tiny " + id);
    }
}
