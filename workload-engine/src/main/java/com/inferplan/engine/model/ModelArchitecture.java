package com.inferplan.engine.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An immutable transformer decoder description, imported from a Hugging Face config.
 *
 * <p>{@code headDim} is the per-head width of q and k (for MLA: nope + rope). {@code intermediate}
 * is the dense MLP width (for Mixtral-style all-MoE models it is unused). {@code attentionPattern}
 * has one window per layer. {@code moe} is null for dense models, {@code mla} null unless the model
 * uses multi-head latent attention. {@code mlpBias} puts biases on MLP / expert projections.
 * {@code mtpLayers}: multi-token-prediction layers shipped beside the model (DeepSeek's
 * {@code num_nextn_predict_layers}); not part of the main model's weights or steps, offered as a
 * speculative-decoding draft ({@link MtpModule}).
 */
public record ModelArchitecture(
        String id,
        String displayName,
        ModelFamily family,
        int layers,
        int hidden,
        int heads,
        int kvHeads,
        int headDim,
        int intermediate,
        int vocab,
        boolean tiedEmbeddings,
        int maxContext,
        List<AttentionWindow> attentionPattern,
        boolean attentionSinks,
        AttentionBias attentionBias,
        boolean mlpBias,
        boolean qkNorm,
        MoeSpec moe,
        MlaSpec mla,
        WeightPrecisions nativePrecisions,
        RopeSpec rope,
        int mtpLayers) {

    /** A model without multi-token-prediction layers. */
    public ModelArchitecture(String id, String displayName, ModelFamily family, int layers, int hidden, int heads,
                             int kvHeads, int headDim, int intermediate, int vocab, boolean tiedEmbeddings,
                             int maxContext, List<AttentionWindow> attentionPattern, boolean attentionSinks,
                             AttentionBias attentionBias, boolean mlpBias, boolean qkNorm, MoeSpec moe, MlaSpec mla,
                             WeightPrecisions nativePrecisions, RopeSpec rope) {
        this(id, displayName, family, layers, hidden, heads, kvHeads, headDim, intermediate, vocab, tiedEmbeddings,
                maxContext, attentionPattern, attentionSinks, attentionBias, mlpBias, qkNorm, moe, mla, nativePrecisions,
                rope, 0);
    }

    public ModelArchitecture {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(attentionBias, "attentionBias");
        Objects.requireNonNull(nativePrecisions, "nativePrecisions");
        Objects.requireNonNull(rope, "rope");
        attentionPattern = List.copyOf(attentionPattern);
        requirePositive("layers", layers);
        requirePositive("hidden", hidden);
        requirePositive("heads", heads);
        requirePositive("kvHeads", kvHeads);
        requirePositive("headDim", headDim);
        requirePositive("intermediate", intermediate);
        requirePositive("vocab", vocab);
        requirePositive("maxContext", maxContext);
        if (heads % kvHeads != 0) {
            throw new IllegalArgumentException("heads " + heads + " not divisible by kvHeads " + kvHeads);
        }
        if (attentionPattern.size() != layers) {
            throw new IllegalArgumentException(
                    "attention pattern has " + attentionPattern.size() + " entries for " + layers + " layers");
        }
        if (mtpLayers < 0) {
            throw new IllegalArgumentException("mtpLayers must be >= 0, got " + mtpLayers);
        }
        if (moe != null && moe.leadingDenseLayers() > layers) {
            throw new IllegalArgumentException("leading dense layers exceed layer count " + layers);
        }
    }

    /** The same model stored at other precisions (an importer learns them from the tensors' names). */
    public ModelArchitecture withNativePrecisions(WeightPrecisions precisions) {
        return new ModelArchitecture(id, displayName, family, layers, hidden, heads, kvHeads, headDim, intermediate,
                vocab, tiedEmbeddings, maxContext, attentionPattern, attentionSinks, attentionBias, mlpBias, qkNorm, moe,
                mla, precisions, rope, mtpLayers);
    }

    /** The same model with {@code count} multi-token-prediction layers. */
    public ModelArchitecture withMtpLayers(int count) {
        return new ModelArchitecture(id, displayName, family, layers, hidden, heads, kvHeads, headDim, intermediate,
                vocab, tiedEmbeddings, maxContext, attentionPattern, attentionSinks, attentionBias, mlpBias, qkNorm, moe,
                mla, nativePrecisions, rope, count);
    }

    /**
     * The decoder stack extended by {@code extra} layers like its last one (same window, MoE or
     * dense), without MTP layers: what an MTP layer's decoder block weighs is the difference.
     */
    ModelArchitecture withExtraLayers(int extra) {
        List<AttentionWindow> pattern = new ArrayList<>(attentionPattern);
        for (int i = 0; i < extra; i++) {
            pattern.add(attentionPattern.get(layers - 1));
        }
        return new ModelArchitecture(id, displayName, family, layers + extra, hidden, heads, kvHeads, headDim,
                intermediate, vocab, tiedEmbeddings, maxContext, pattern, attentionSinks, attentionBias, mlpBias, qkNorm,
                moe, mla, nativePrecisions, rope, 0);
    }

    public boolean isMoe() {
        return moe != null;
    }

    public boolean usesMla() {
        return mla != null;
    }

    public boolean isMoeLayer(int layer) {
        return moe != null && moe.routesLayer(layer);
    }

    public int moeLayerCount() {
        int count = 0;
        for (int layer = 0; moe != null && layer < layers; layer++) {
            count += moe.routesLayer(layer) ? 1 : 0;
        }
        return count;
    }

    /** Width of the query projection output. */
    public int queryWidth() {
        return heads * headDim;
    }

    /** Width of one of the k or v projection outputs (GQA). */
    public int kvWidth() {
        return kvHeads * headDim;
    }

    /** Weights of the q and k norms of one layer: per-head vectors, or whole-projection ones (MiniMax). */
    public int qkNormWeights() {
        if (!qkNorm) {
            return 0;
        }
        return family.qkNormAcrossHeads() ? queryWidth() + kvWidth() : 2 * headDim;
    }

    /** Identical layers grouped (order of first appearance), so profiles stay short. */
    public List<LayerGroup> layerGroups() {
        List<LayerGroup> firsts = new ArrayList<>(2);
        int[] counts = new int[layers];
        for (int layer = 0; layer < layers; layer++) {
            int index = indexOf(firsts, attentionPattern.get(layer), isMoeLayer(layer));
            if (index < 0) {
                index = firsts.size();
                firsts.add(new LayerGroup(layer, 0, attentionPattern.get(layer), isMoeLayer(layer)));
            }
            counts[index]++;
        }
        List<LayerGroup> groups = new ArrayList<>(firsts.size());
        for (int i = 0; i < firsts.size(); i++) {
            LayerGroup first = firsts.get(i);
            groups.add(new LayerGroup(first.firstLayer(), counts[i], first.window(), first.moe()));
        }
        return List.copyOf(groups);
    }

    private static int indexOf(List<LayerGroup> groups, AttentionWindow window, boolean moe) {
        for (int i = 0; i < groups.size(); i++) {
            if (groups.get(i).moe() == moe && groups.get(i).window().equals(window)) {
                return i;
            }
        }
        return -1;
    }

    private static void requirePositive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, got " + value);
        }
    }
}
