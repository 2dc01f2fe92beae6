package com.inferplan.engine.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Every weight tensor of a model, named after the Hugging Face checkpoint, with its element count.
 * The multi-token-prediction module of DeepSeek-V3 is not part of the architecture and not listed.
 */
public final class WeightInventory {

    private final List<WeightTensor> tensors = new ArrayList<>();

    private WeightInventory() {
    }

    public static List<WeightTensor> of(ModelArchitecture arch) {
        WeightInventory inventory = new WeightInventory();
        inventory.addEmbeddings(arch);
        inventory.addAttention(arch);
        inventory.addMlps(arch);
        return List.copyOf(inventory.tensors);
    }

    /** Bytes of the whole checkpoint stored at the given precisions. */
    public static double bytes(ModelArchitecture arch, WeightPrecisions precisions) {
        double bytes = 0;
        for (WeightTensor t : of(arch)) {
            bytes += t.totalElements() * precisions.bytesPerElement(t.group());
        }
        return bytes;
    }

    private void addEmbeddings(ModelArchitecture a) {
        long table = (long) a.vocab() * a.hidden();
        if (a.tiedEmbeddings()) {
            add("embed_tokens(tied lm_head)", TensorGroup.LM_HEAD, table, 1);
        } else {
            add("embed_tokens", TensorGroup.EMBEDDING, table, 1);
            add("lm_head", TensorGroup.LM_HEAD, table, 1);
        }
        add("norm", TensorGroup.VECTORS, a.hidden(), 1);
    }

    private void addAttention(ModelArchitecture a) {
        long d = a.hidden();
        add("input_layernorm", TensorGroup.VECTORS, d, a.layers());
        add("post_attention_layernorm", TensorGroup.VECTORS, d, a.mlpLayerCount());
        if (a.family().sandwichNorms()) {
            add("pre_feedforward_layernorm", TensorGroup.VECTORS, d, a.layers());
            add("post_feedforward_layernorm", TensorGroup.VECTORS, d, a.layers());
        }
        int n = a.layers() - a.linearLayerCount();
        if (a.linearAttention() != null) {
            addLinearAttention(a, a.linearAttention(), a.linearLayerCount());
        }
        if (n == 0) {
            return;
        }
        if (a.usesMla()) {
            addMla(a, a.mla(), n);
            return;
        }
        if (a.fullAttention() == null) {
            addGqa(a, AttentionWindow.FULL, n);
            return;
        }
        // Gemma 4: full layers have their own shapes
        int full = a.fullAttentionLayerCount();
        addGqa(a, AttentionWindow.FULL, full);
        a.attentionPattern().stream().filter(w -> !w.isFull()).findFirst()
                .ifPresent(windowed -> addGqa(a, windowed, n - full));
    }

    private void addGqa(ModelArchitecture a, AttentionWindow window, int n) {
        if (n == 0) {
            return;
        }
        long d = a.hidden();
        int query = a.queryWidthOn(window);
        int kv = a.kvWidthOn(window);
        // a gated output doubles q_proj: query and gate side by side
        int queryOut = a.family().hybridLinearAttention() ? 2 * query : query;
        add("q_proj", TensorGroup.ATTENTION, d * queryOut, n);
        add("k_proj", TensorGroup.ATTENTION, d * kv, n);
        if (a.projectsValuesOn(window)) {
            add("v_proj", TensorGroup.ATTENTION, d * kv, n);
        }
        add("o_proj", TensorGroup.ATTENTION, (long) query * d, n);
        if (a.attentionBias().onQkv()) {
            add("q_proj.bias", TensorGroup.VECTORS, query, n);
            add("k_proj.bias", TensorGroup.VECTORS, kv, n);
            add("v_proj.bias", TensorGroup.VECTORS, kv, n);
        }
        if (a.attentionBias().onOutput()) {
            add("o_proj.bias", TensorGroup.VECTORS, d, n);
        }
        if (a.qkNormWeightsOn(window) > 0) {
            boolean acrossHeads = a.family().qkNormAcrossHeads();
            add("q_norm", TensorGroup.VECTORS, acrossHeads ? query : a.headDimOn(window), n);
            add("k_norm", TensorGroup.VECTORS, acrossHeads ? kv : a.headDimOn(window), n);
        }
        if (a.attentionSinks()) {
            add("sinks", TensorGroup.VECTORS, a.heads(), n);
        }
    }

    /**
     * Gated DeltaNet, named after Qwen3.5's checkpoint (in_proj_b and in_proj_a counted together);
     * Mamba-2 after Nemotron-H's (one in_proj for z, x, B, C and dt; conv bias; D beside dt_bias and A_log).
     */
    private void addLinearAttention(ModelArchitecture a, LinearAttentionSpec l, int n) {
        long d = a.hidden();
        if (l.isMamba()) {
            add("mixer.in_proj", TensorGroup.ATTENTION, d * (l.valueWidth() + l.convChannels() + l.gateWidth()), n);
            add("mixer.conv1d", TensorGroup.VECTORS, l.convChannels() * l.convKernel() + l.convBiasElements(), n);
            add("mixer.dt_bias+A_log+D", TensorGroup.VECTORS, l.headParameters(), n);
            add("mixer.norm", TensorGroup.VECTORS, l.normWeights(), n);
            add("mixer.out_proj", TensorGroup.ATTENTION, l.valueWidth() * d, n);
            return;
        }
        add("linear_attn.in_proj_qkv", TensorGroup.ATTENTION, d * l.convChannels(), n);
        add("linear_attn.in_proj_z", TensorGroup.ATTENTION, d * l.valueWidth(), n);
        add("linear_attn.in_proj_ba", TensorGroup.ATTENTION, d * l.gateWidth(), n);
        add("linear_attn.conv1d", TensorGroup.VECTORS, l.convChannels() * l.convKernel(), n);
        add("linear_attn.dt_bias+A_log", TensorGroup.VECTORS, l.headParameters(), n);
        add("linear_attn.norm", TensorGroup.VECTORS, l.normWeights(), n);
        add("linear_attn.out_proj", TensorGroup.ATTENTION, l.valueWidth() * d, n);
    }

    private void addMla(ModelArchitecture a, MlaSpec m, int n) {
        long d = a.hidden();
        long queryOut = (long) a.heads() * m.qkHeadDim();
        if (m.compressesQueries()) {
            add("q_a_proj", TensorGroup.ATTENTION, d * m.qLoraRank(), n);
            add("q_a_layernorm", TensorGroup.VECTORS, m.qLoraRank(), n);
            add("q_b_proj", TensorGroup.ATTENTION, m.qLoraRank() * queryOut, n);
        } else {
            add("q_proj", TensorGroup.ATTENTION, d * queryOut, n);
        }
        add("kv_a_proj_with_mqa", TensorGroup.ATTENTION, d * m.latentWidth(), n);
        add("kv_a_layernorm", TensorGroup.VECTORS, m.kvLoraRank(), n);
        add("kv_b_proj", TensorGroup.ATTENTION,
                (long) m.kvLoraRank() * a.heads() * (m.qkNopeHeadDim() + m.vHeadDim()), n);
        add("o_proj", TensorGroup.ATTENTION, (long) a.heads() * m.vHeadDim() * d, n);
        if (m.sparse()) {
            SparseIndexer x = m.indexer();
            long queryIn = m.compressesQueries() ? m.qLoraRank() : d;
            add("indexer.wq_b", TensorGroup.ATTENTION, queryIn * x.heads() * x.headDim(), n);
            add("indexer.wk", TensorGroup.ATTENTION, d * x.headDim(), n);
            add("indexer.k_norm", TensorGroup.VECTORS, 2L * x.headDim(), n);
            add("indexer.weights_proj", TensorGroup.ATTENTION, d * x.heads(), n);
        }
    }

    private void addMlps(ModelArchitecture a) {
        int moeLayers = a.moeLayerCount();
        int denseLayers = a.denseMlpLayerCount();
        if (denseLayers > 0) {
            addMlp(a, "mlp", TensorGroup.DENSE_MLP, a.intermediate(), denseLayers);
        }
        if (moeLayers > 0) {
            addMoe(a, a.moe(), moeLayers);
        }
    }

    private void addMoe(ModelArchitecture a, MoeSpec moe, int n) {
        long d = a.hidden();
        long ie = moe.expertIntermediate();
        add("router", TensorGroup.ROUTER, d * moe.experts(), n);
        if (a.family().denseMlpBesideExperts()) {
            addBesideDenseExtras(a, moe, n);
        }
        if (moe.routerBias()) {
            add("router.bias", TensorGroup.VECTORS, moe.experts(), n);
        }
        int matrices = a.family().gatedMlp() ? 2 : 1;
        String in = a.family().gatedMlp() ? "experts.gate_up_proj" : "experts.up_proj";
        long io = moe.expertIoWidth(a.hidden());
        if (moe.latent()) {
            add("fc1_latent_proj", TensorGroup.SHARED_EXPERTS, d * io, n);
            add("fc2_latent_proj", TensorGroup.SHARED_EXPERTS, io * d, n);
        }
        tensors.add(new WeightTensor(in, TensorGroup.ROUTED_EXPERTS, io * matrices * ie, moe.experts(), true, n));
        tensors.add(new WeightTensor("experts.down_proj", TensorGroup.ROUTED_EXPERTS, ie * io, moe.experts(), true, n));
        if (a.mlpBias()) {
            tensors.add(new WeightTensor(in + ".bias", TensorGroup.VECTORS, matrices * ie, moe.experts(), true, n));
            tensors.add(new WeightTensor("experts.down_proj.bias", TensorGroup.VECTORS, io, moe.experts(), true, n));
        }
        if (moe.sharedExperts() > 0) {
            addMlp(a, "shared_experts", TensorGroup.SHARED_EXPERTS, moe.sharedIntermediate(), n);
            if (a.family().hybridLinearAttention()) {
                add("shared_expert_gate", TensorGroup.ROUTER, d, n);
            }
        }
    }

    /** Gemma 4: the router's input scale and per-expert scale, the experts' pre-norm and both branches' post-norms. */
    private void addBesideDenseExtras(ModelArchitecture a, MoeSpec moe, int n) {
        add("router.scale", TensorGroup.VECTORS, a.hidden(), n);
        add("router.per_expert_scale", TensorGroup.VECTORS, moe.experts(), n);
        add("pre_feedforward_layernorm_2", TensorGroup.VECTORS, a.hidden(), n);
        add("post_feedforward_layernorm_1", TensorGroup.VECTORS, a.hidden(), n);
        add("post_feedforward_layernorm_2", TensorGroup.VECTORS, a.hidden(), n);
    }

    /** SwiGLU (gate, up, down) or, where the family has no gate, up and down. */
    private void addMlp(ModelArchitecture a, String prefix, TensorGroup group, long width, int n) {
        long d = a.hidden();
        boolean gated = a.family().gatedMlp();
        if (gated) {
            add(prefix + ".gate_proj", group, d * width, n);
        }
        add(prefix + ".up_proj", group, d * width, n);
        add(prefix + ".down_proj", group, width * d, n);
        if (a.mlpBias()) {
            if (gated) {
                add(prefix + ".gate_proj.bias", TensorGroup.VECTORS, width, n);
            }
            add(prefix + ".up_proj.bias", TensorGroup.VECTORS, width, n);
            add(prefix + ".down_proj.bias", TensorGroup.VECTORS, d, n);
        }
    }

    private void add(String name, TensorGroup group, long elements, int layers) {
        tensors.add(new WeightTensor(name, group, elements, 1, false, layers));
    }
}
