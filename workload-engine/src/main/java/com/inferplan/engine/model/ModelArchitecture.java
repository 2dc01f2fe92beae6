package com.inferplan.engine.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * An immutable transformer decoder description, imported from a Hugging Face config.
 *
 * <p>{@code headDim} is the per-head width of q and k (for MLA: nope + rope). {@code intermediate}
 * is the dense MLP width (for Mixtral-style all-MoE models it is unused). {@code attentionPattern}
 * has one window per layer. {@code moe} is null for dense models, {@code mla} null unless the model
 * uses multi-head latent attention. {@code mlpBias} puts biases on MLP / expert projections.
 * {@code linearAttention} is null unless some layers are Gated DeltaNet layers (their
 * {@code attentionPattern} entry is then unused).
 * {@code mtpLayers}: multi-token-prediction layers shipped beside the model (DeepSeek's
 * {@code num_nextn_predict_layers}); not part of the main model's weights or steps, offered as a
 * speculative-decoding draft ({@link MtpModule}).
 * {@code fullAttention} is null unless full-attention layers have their own KV heads and head
 * width (Gemma 4); {@link #headDimOn} and the other per-window sizes then differ by layer kind.
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
        LinearAttentionSpec linearAttention,
        int mtpLayers,
        FullAttentionShape fullAttention) {

    /** A model without linear-attention or multi-token-prediction layers. */
    public ModelArchitecture(String id, String displayName, ModelFamily family, int layers, int hidden, int heads,
                             int kvHeads, int headDim, int intermediate, int vocab, boolean tiedEmbeddings,
                             int maxContext, List<AttentionWindow> attentionPattern, boolean attentionSinks,
                             AttentionBias attentionBias, boolean mlpBias, boolean qkNorm, MoeSpec moe, MlaSpec mla,
                             WeightPrecisions nativePrecisions, RopeSpec rope) {
        this(id, displayName, family, layers, hidden, heads, kvHeads, headDim, intermediate, vocab, tiedEmbeddings,
                maxContext, attentionPattern, attentionSinks, attentionBias, mlpBias, qkNorm, moe, mla,
                nativePrecisions, rope, null, 0, null);
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
        if (fullAttention != null && heads % fullAttention.kvHeads() != 0) {
            throw new IllegalArgumentException("heads " + heads + " not divisible by full-attention kvHeads "
                    + fullAttention.kvHeads());
        }
        if (attentionPattern.size() != layers) {
            throw new IllegalArgumentException(
                    "attention pattern has " + attentionPattern.size() + " entries for " + layers + " layers");
        }
        if (linearAttention != null && (linearAttention.linearLayers() == null
                || linearAttention.linearLayers().size() != layers)) {
            throw new IllegalArgumentException("linear attention needs one layer flag per layer (" + layers + ")");
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
                mla, precisions, rope, linearAttention, mtpLayers, fullAttention);
    }

    /** The same model with {@code count} multi-token-prediction layers. */
    public ModelArchitecture withMtpLayers(int count) {
        return new ModelArchitecture(id, displayName, family, layers, hidden, heads, kvHeads, headDim, intermediate,
                vocab, tiedEmbeddings, maxContext, attentionPattern, attentionSinks, attentionBias, mlpBias, qkNorm, moe,
                mla, nativePrecisions, rope, linearAttention, count, fullAttention);
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
                moe, mla, nativePrecisions, rope, extendedLinear(extra), 0, fullAttention);
    }

    private LinearAttentionSpec extendedLinear(int extra) {
        if (linearAttention == null) {
            return null;
        }
        List<Boolean> flags = new ArrayList<>(linearAttention.linearLayers());
        List<Boolean> mlps = linearAttention.mlpLayers() == null ? null : new ArrayList<>(linearAttention.mlpLayers());
        for (int i = 0; i < extra; i++) {
            flags.add(isLinearLayer(layers - 1));
            if (mlps != null) {
                mlps.add(hasMlp(layers - 1));
            }
        }
        return linearAttention.withLayers(flags, mlps);
    }

    public boolean isMoe() {
        return moe != null;
    }

    public boolean usesMla() {
        return mla != null;
    }

    public boolean isMoeLayer(int layer) {
        return moe != null && hasMlp(layer) && moe.routesLayer(layer);
    }

    /** Whether a layer has an MLP block at all (Nemotron-H's mixer-only layers have none). */
    public boolean hasMlp(int layer) {
        return linearAttention == null || linearAttention.hasMlp(layer);
    }

    public boolean isLinearLayer(int layer) {
        return linearAttention != null && linearAttention.isLinear(layer);
    }

    public int linearLayerCount() {
        return linearAttention == null ? 0 : linearAttention.linearLayerCount();
    }

    /** Whether a layer has the dense MLP: every non-MoE layer, and every layer of Gemma 4. */
    public boolean hasDenseMlp(int layer) {
        return hasMlp(layer) && (!isMoeLayer(layer) || family.denseMlpBesideExperts());
    }

    public int denseMlpLayerCount() {
        return countLayers(this::hasDenseMlp);
    }

    public int mlpLayerCount() {
        return countLayers(this::hasMlp);
    }

    /** Softmax-attention layers of full (unwindowed) attention. */
    public int fullAttentionLayerCount() {
        return countLayers(layer -> !isLinearLayer(layer) && attentionPattern.get(layer).isFull());
    }

    public int moeLayerCount() {
        return countLayers(this::isMoeLayer);
    }

    private int countLayers(IntPredicate which) {
        return (int) IntStream.range(0, layers).filter(which).count();
    }

    /** Width of the query projection output. */
    public int queryWidth() {
        return heads * headDim;
    }

    /** Width of one of the k or v projection outputs (GQA). */
    public int kvWidth() {
        return kvHeads * headDim;
    }

    /** Per-head width of q, k and v on a layer of this window. */
    public int headDimOn(AttentionWindow window) {
        return hasOwnFullShape(window) ? fullAttention.headDim() : headDim;
    }

    public int kvHeadsOn(AttentionWindow window) {
        return hasOwnFullShape(window) ? fullAttention.kvHeads() : kvHeads;
    }

    public int queryWidthOn(AttentionWindow window) {
        return heads * headDimOn(window);
    }

    public int kvWidthOn(AttentionWindow window) {
        return kvHeadsOn(window) * headDimOn(window);
    }

    /** Whether a layer of this window has a v_proj (Gemma 4's full layers reuse the key projection). */
    public boolean projectsValuesOn(AttentionWindow window) {
        return !(hasOwnFullShape(window) && fullAttention.keysAsValues());
    }

    private boolean hasOwnFullShape(AttentionWindow window) {
        return fullAttention != null && window.isFull();
    }

    /** Weights of the q and k norms of one layer: per-head vectors, or whole-projection ones (MiniMax). */
    public int qkNormWeightsOn(AttentionWindow window) {
        if (!qkNorm || family.weightlessQkNorm()) {
            return 0;
        }
        return family.qkNormAcrossHeads() ? queryWidth() + kvWidth() : 2 * headDimOn(window);
    }

    /** Whether q and k are normalised on a layer of this window (Llama 4: only its chunked RoPE layers). */
    public boolean qkNormOn(AttentionWindow window) {
        return qkNorm && (!family.weightlessQkNorm() || window.chunked());
    }

    /** Identical layers grouped (order of first appearance), so profiles stay short. */
    public List<LayerGroup> layerGroups() {
        List<LayerGroup> firsts = new ArrayList<>(2);
        int[] counts = new int[layers];
        for (int layer = 0; layer < layers; layer++) {
            LayerGroup kind = new LayerGroup(layer, 0, windowOf(layer), isMoeLayer(layer), isLinearLayer(layer),
                    hasMlp(layer));
            int index = indexOf(firsts, kind);
            if (index < 0) {
                index = firsts.size();
                firsts.add(kind);
            }
            counts[index]++;
        }
        List<LayerGroup> groups = new ArrayList<>(firsts.size());
        for (int i = 0; i < firsts.size(); i++) {
            LayerGroup first = firsts.get(i);
            groups.add(new LayerGroup(first.firstLayer(), counts[i], first.window(), first.moe(), first.linear(),
                    first.mlp()));
        }
        return List.copyOf(groups);
    }

    /** A linear layer has no window; FULL keeps its group key independent of the unused pattern entry. */
    private AttentionWindow windowOf(int layer) {
        return isLinearLayer(layer) ? AttentionWindow.FULL : attentionPattern.get(layer);
    }

    private static int indexOf(List<LayerGroup> groups, LayerGroup kind) {
        for (int i = 0; i < groups.size(); i++) {
            LayerGroup g = groups.get(i);
            if (g.moe() == kind.moe() && g.linear() == kind.linear() && g.mlp() == kind.mlp()
                    && g.window().equals(kind.window())) {
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
