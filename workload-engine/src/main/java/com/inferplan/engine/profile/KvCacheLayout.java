package com.inferplan.engine.profile;

import com.inferplan.catalog.Precision;
import com.inferplan.engine.model.AttentionWindow;
import com.inferplan.engine.model.ModelArchitecture;
import java.util.ArrayList;
import java.util.List;

/**
 * KV cache size per token. GQA layers cache k and v ({@code 2 · kvHeads · headDim} elements);
 * MLA layers cache the compressed latent plus the shared rope key ({@code kvLoraRank +
 * qkRopeHeadDim}), and with sparse attention the indexer's key ({@code index_head_dim}) beside it.
 * Sliding-window layers keep at most their window, which
 * {@link #bytesForSequence(long)} applies; {@link #bytesPerToken()} is the full-retention rate.
 * {@code pattern} lists the softmax-attention layers only: Gated DeltaNet layers keep instead a
 * constant {@code stateBytesPerSequence} (conv and delta-rule state, all linear layers together)
 * whatever the sequence's length.
 */
public record KvCacheLayout(double bytesPerTokenPerLayer, List<AttentionWindow> pattern, double stateBytesPerSequence) {

    public KvCacheLayout {
        pattern = List.copyOf(pattern);
        if (!(stateBytesPerSequence >= 0)) {
            throw new IllegalArgumentException("state bytes per sequence must be >= 0, got " + stateBytesPerSequence);
        }
    }

    public KvCacheLayout(double bytesPerTokenPerLayer, List<AttentionWindow> pattern) {
        this(bytesPerTokenPerLayer, pattern, 0);
    }

    public static KvCacheLayout of(ModelArchitecture arch, Precision kv) {
        long elements = arch.usesMla() ? arch.mla().latentWidth() : 2L * arch.kvWidth();
        if (arch.usesMla() && arch.mla().sparse()) {
            elements += arch.mla().indexer().headDim();
        }
        List<AttentionWindow> attention = new ArrayList<>(arch.layers());
        for (int layer = 0; layer < arch.layers(); layer++) {
            if (!arch.isLinearLayer(layer)) {
                attention.add(arch.attentionPattern().get(layer));
            }
        }
        double state = arch.linearAttention() == null ? 0
                : arch.linearLayerCount() * arch.linearAttention().stateBytesPerLayer(kv);
        return new KvCacheLayout(elements * kv.bytesPerElement(), attention, state);
    }

    public double bytesPerToken() {
        return bytesPerTokenPerLayer * pattern.size();
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
        double positions = 0;
        for (AttentionWindow window : pattern) {
            positions += window.retainedPositions(tokens);
        }
        return positions * bytesPerTokenPerLayer + stateBytesPerSequence;
    }
}
