package com.inferplan.engine.profile;

import com.inferplan.catalog.Precision;
import com.inferplan.engine.model.AttentionWindow;
import com.inferplan.engine.model.ModelArchitecture;
import java.util.ArrayList;
import java.util.List;

/**
 * KV cache size per token, layer by layer. GQA layers cache k and v ({@code 2 · kvHeads · headDim}
 * elements, with Gemma 4's full layers at their own KV heads and head width; their keys double as
 * values but are normalised apart, so both are kept); MLA layers cache the compressed latent plus
 * the shared rope key ({@code kvLoraRank + qkRopeHeadDim}), and with sparse attention the indexer's
 * key ({@code index_head_dim}) beside it. Sliding-window layers keep at most their window, which
 * {@link #bytesForSequence(long)} applies; {@link #bytesPerToken()} is the full-retention rate.
 * {@code layers} lists the softmax-attention layers only: Gated DeltaNet layers keep instead a
 * constant {@code stateBytesPerSequence} (conv and delta-rule state, all linear layers together)
 * whatever the sequence's length.
 */
public record KvCacheLayout(List<CachedLayer> layers, double stateBytesPerSequence) {

    /** One softmax-attention layer: its window and the bytes it caches per retained position. */
    public record CachedLayer(AttentionWindow window, double bytesPerToken) {
    }

    public KvCacheLayout {
        layers = List.copyOf(layers);
        if (!(stateBytesPerSequence >= 0)) {
            throw new IllegalArgumentException("state bytes per sequence must be >= 0, got " + stateBytesPerSequence);
        }
    }

    public static KvCacheLayout of(ModelArchitecture arch, Precision kv) {
        List<CachedLayer> layers = new ArrayList<>(arch.layers());
        for (int layer = 0; layer < arch.layers(); layer++) {
            if (!arch.isLinearLayer(layer)) {
                AttentionWindow window = arch.attentionPattern().get(layer);
                layers.add(new CachedLayer(window, elementsPerToken(arch, window) * kv.bytesPerElement()));
            }
        }
        double state = arch.linearAttention() == null ? 0
                : arch.linearLayerCount() * arch.linearAttention().stateBytesPerLayer(kv);
        return new KvCacheLayout(layers, state);
    }

    private static long elementsPerToken(ModelArchitecture arch, AttentionWindow window) {
        if (!arch.usesMla()) {
            return 2L * arch.kvWidthOn(window);
        }
        return arch.mla().latentWidth() + (arch.mla().sparse() ? arch.mla().indexer().headDim() : 0);
    }

    public double bytesPerToken() {
        double bytes = 0;
        for (CachedLayer layer : layers) {
            bytes += layer.bytesPerToken();
        }
        return bytes;
    }

    /** The mean over the softmax-attention layers (all alike but Gemma 4's); 0 without any. */
    public double bytesPerTokenPerLayer() {
        return layers.isEmpty() ? 0 : bytesPerToken() / layers.size();
    }

    /**
     * A sequence's linear-attention state in tokens of the full layers' cache (rounded up), so a
     * token-counted pool can charge it per sequence; 0 without linear layers.
     */
    public long stateTokensPerSequence() {
        return stateBytesPerSequence == 0 || bytesPerToken() == 0 ? 0
                : (long) Math.ceil(stateBytesPerSequence / bytesPerToken());
    }

    /** Bytes one sequence of {@code tokens} tokens keeps cached, sliding windows capped, linear state included. */
    public double bytesForSequence(long tokens) {
        if (tokens < 0) {
            throw new IllegalArgumentException("tokens must be >= 0, got " + tokens);
        }
        double bytes = 0;
        for (CachedLayer layer : layers) {
            bytes += layer.window().retainedPositions(tokens) * layer.bytesPerToken();
        }
        return bytes + stateBytesPerSequence;
    }
}
