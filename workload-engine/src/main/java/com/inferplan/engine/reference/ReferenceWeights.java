package com.inferplan.engine.reference;

import com.inferplan.engine.model.AttentionWindow;
import com.inferplan.engine.model.LinearAttentionSpec;
import com.inferplan.engine.model.MlaSpec;
import com.inferplan.engine.model.ModelArchitecture;
import com.inferplan.engine.model.MoeSpec;
import com.inferplan.engine.model.SparseIndexer;
import java.util.SplittableRandom;

/** Seeded random float32 weights with the shapes of a {@link ModelArchitecture}. */
final class ReferenceWeights {

    final Tensor embedding;
    final Tensor lmHead;
    final Tensor finalNorm;
    final LayerWeights[] layers;

    private final SplittableRandom random;

    ReferenceWeights(ModelArchitecture a, long seed) {
        random = new SplittableRandom(seed);
        embedding = Tensor.matrix("embed_tokens", a.vocab(), a.hidden(), random);
        lmHead = a.tiedEmbeddings() ? embedding : Tensor.matrix("lm_head", a.vocab(), a.hidden(), random);
        finalNorm = norm("norm", a.hidden());
        layers = new LayerWeights[a.layers()];
        for (int i = 0; i < layers.length; i++) {
            layers[i] = layer(a, i);
        }
    }

    private LayerWeights layer(ModelArchitecture a, int i) {
        boolean sandwich = a.family().sandwichNorms();
        return new LayerWeights(norm("input_layernorm", a.hidden()),
                a.hasMlp(i) ? norm("post_attention_layernorm", a.hidden()) : null, mixer(a, i),
                a.hasDenseMlp(i) ? mlp(a, a.hidden(), a.intermediate()) : null,
                a.isMoeLayer(i) ? moe(a, a.moe()) : null,
                sandwich ? norm("post_attention_norm", a.hidden()) : null,
                sandwich ? norm("post_feedforward_layernorm", a.hidden()) : null);
    }

    private LayerWeights.Mixer mixer(ModelArchitecture a, int i) {
        if (a.isLinearLayer(i)) {
            LinearAttentionSpec l = a.linearAttention();
            return l.isMamba() ? new LayerWeights.Mixer(null, null, null, mamba(a, l))
                    : new LayerWeights.Mixer(null, null, linear(a, l), null);
        }
        return a.usesMla() ? new LayerWeights.Mixer(null, mla(a, a.mla()), null, null)
                : new LayerWeights.Mixer(gqa(a, a.attentionPattern().get(i)), null, null, null);
    }

    private LayerWeights.GqaWeights gqa(ModelArchitecture a, AttentionWindow window) {
        boolean qkv = a.attentionBias().onQkv();
        boolean weightedQkNorm = a.qkNormWeightsOn(window) > 0;
        int query = a.queryWidthOn(window);
        int kv = a.kvWidthOn(window);
        int headDim = a.headDimOn(window);
        return new LayerWeights.GqaWeights(
                matrix("q_proj", (a.family().hybridLinearAttention() ? 2 : 1) * query, a.hidden()),
                matrix("k_proj", kv, a.hidden()),
                a.projectsValuesOn(window) ? matrix("v_proj", kv, a.hidden()) : null, matrix("o_proj", a.hidden(), query),
                qkv ? bias("q_proj.bias", query) : null, qkv ? bias("k_proj.bias", kv) : null,
                qkv ? bias("v_proj.bias", kv) : null,
                a.attentionBias().onOutput() ? bias("o_proj.bias", a.hidden()) : null,
                weightedQkNorm ? norm("q_norm", headDim) : null, weightedQkNorm ? norm("k_norm", headDim) : null,
                a.attentionSinks() ? Tensor.vector("sinks", a.heads(), 0, 1, random) : null);
    }

    private LayerWeights.MlaWeights mla(ModelArchitecture a, MlaSpec m) {
        int queryOut = a.heads() * m.qkHeadDim();
        boolean compressed = m.compressesQueries();
        return new LayerWeights.MlaWeights(
                compressed ? matrix("q_a_proj", m.qLoraRank(), a.hidden()) : null,
                compressed ? norm("q_a_layernorm", m.qLoraRank()) : null,
                compressed ? matrix("q_b_proj", queryOut, m.qLoraRank()) : matrix("q_proj", queryOut, a.hidden()),
                matrix("kv_a_proj_with_mqa", m.latentWidth(), a.hidden()), norm("kv_a_layernorm", m.kvLoraRank()),
                matrix("kv_b_proj.k", a.heads() * m.qkNopeHeadDim(), m.kvLoraRank()),
                matrix("kv_b_proj.v", a.heads() * m.vHeadDim(), m.kvLoraRank()),
                matrix("o_proj", a.hidden(), a.heads() * m.vHeadDim()), m.sparse() ? indexer(a, m) : null);
    }

    private LayerWeights.IndexerWeights indexer(ModelArchitecture a, MlaSpec m) {
        SparseIndexer x = m.indexer();
        int queryIn = m.compressesQueries() ? m.qLoraRank() : a.hidden();
        return new LayerWeights.IndexerWeights(matrix("indexer.wq_b", x.heads() * x.headDim(), queryIn),
                matrix("indexer.wk", x.headDim(), a.hidden()), norm("indexer.k_norm", x.headDim()),
                bias("indexer.k_norm.bias", x.headDim()), matrix("indexer.weights_proj", x.heads(), a.hidden()));
    }

    private LayerWeights.MoeWeights moe(ModelArchitecture a, MoeSpec moe) {
        LayerWeights.MlpWeights[] experts = new LayerWeights.MlpWeights[moe.experts()];
        for (int e = 0; e < experts.length; e++) {
            experts[e] = mlp(a, moe.expertIoWidth(a.hidden()), moe.expertIntermediate());
        }
        LayerWeights.MlpWeights shared = moe.sharedExperts() > 0 ? mlp(a, a.hidden(), moe.sharedIntermediate()) : null;
        LayerWeights.Latent latent = moe.latent() ? new LayerWeights.Latent(
                matrix("fc1_latent_proj", moe.latentWidth(), a.hidden()),
                matrix("fc2_latent_proj", a.hidden(), moe.latentWidth())) : null;
        Tensor sharedGate = shared != null && a.family().hybridLinearAttention()
                ? matrix("shared_expert_gate", 1, a.hidden()) : null;
        LayerWeights.BesideDense besideDense = a.family().denseMlpBesideExperts()
                ? new LayerWeights.BesideDense(norm("router.scale", a.hidden()), norm("router.per_expert_scale", moe.experts()),
                        norm("pre_feedforward_layernorm_2", a.hidden()), norm("post_feedforward_layernorm_1", a.hidden()),
                        norm("post_feedforward_layernorm_2", a.hidden()))
                : null;
        return new LayerWeights.MoeWeights(matrix("router", moe.experts(), a.hidden()),
                moe.routerBias() ? bias("router.bias", moe.experts()) : null, experts, shared, sharedGate, besideDense,
                latent);
    }

    private LayerWeights.LinearWeights linear(ModelArchitecture a, LinearAttentionSpec l) {
        int channels = Math.toIntExact(l.convChannels());
        int values = Math.toIntExact(l.valueWidth());
        return new LayerWeights.LinearWeights(matrix("in_proj_qkv", channels, a.hidden()),
                matrix("in_proj_z", values, a.hidden()), matrix("in_proj_ba", 2 * l.valueHeads(), a.hidden()),
                matrix("conv1d", channels, l.convKernel()), bias("dt_bias", l.valueHeads()),
                bias("A_log", l.valueHeads()), norm("norm", l.valueHeadDim()), matrix("out_proj", a.hidden(), values));
    }

    private LayerWeights.MambaWeights mamba(ModelArchitecture a, LinearAttentionSpec l) {
        int channels = Math.toIntExact(l.convChannels());
        int values = Math.toIntExact(l.valueWidth());
        int projected = Math.toIntExact(l.valueWidth() + l.convChannels() + l.gateWidth());
        return new LayerWeights.MambaWeights(matrix("in_proj", projected, a.hidden()),
                matrix("conv1d", channels, l.convKernel()), bias("conv1d.bias", channels), bias("dt_bias", l.valueHeads()),
                bias("A_log", l.valueHeads()), norm("D", l.valueHeads()), norm("norm", values),
                matrix("out_proj", a.hidden(), values));
    }

    /** SwiGLU, or up and down alone where the family has no gate, reading and writing {@code hidden} wide vectors. */
    private LayerWeights.MlpWeights mlp(ModelArchitecture a, int hidden, int width) {
        boolean biased = a.mlpBias();
        boolean gated = a.family().gatedMlp();
        return new LayerWeights.MlpWeights(gated ? matrix("gate_proj", width, hidden) : null,
                matrix("up_proj", width, hidden),
                matrix("down_proj", hidden, width), biased && gated ? bias("gate_proj.bias", width) : null,
                biased ? bias("up_proj.bias", width) : null, biased ? bias("down_proj.bias", hidden) : null);
    }

    private Tensor matrix(String name, int rows, int cols) {
        return Tensor.matrix(name, rows, cols, random);
    }

    private Tensor norm(String name, int width) {
        return Tensor.vector(name, width, 1, 0.1, random);
    }

    private Tensor bias(String name, int width) {
        return Tensor.vector(name, width, 0, 0.1, random);
    }
}
