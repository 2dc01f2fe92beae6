package com.inferplan.engine.profile;

import com.inferplan.catalog.Precision;
import com.inferplan.engine.model.AttentionWindow;
import com.inferplan.engine.model.ModelArchitecture;
import java.util.List;

/**
 * KV cache size per token. GQA layers cache k and v ({@code 2 · kvHeads · headDim} elements);
 * MLA layers cache the compressed latent plus the shared rope key ({@code kvLoraRank +
 * qkRopeHeadDim}), and with sparse attention the indexer's key ({@code index_head_dim}) beside it.
 * Sliding-window layers keep at most their window, which
 * {@link #bytesForSequence(long)} applies; {@link #bytesPerToken()} is the full-retention rate.
 */
public record KvCacheLayout(double bytesPerTokenPerLayer, List<AttentionWindow> pattern) {

    public KvCacheLayout {
        pattern = List.copyOf(pattern);
    }

    public static KvCacheLayout of(ModelArchitecture arch, Precision kv) {
        long elements = arch.usesMla() ? arch.mla().latentWidth() : 2L * arch.kvWidth();
        if (arch.usesMla() && arch.mla().sparse()) {
            elements += arch.mla().indexer().headDim();
        }
        return new KvCacheLayout(elements * kv.bytesPerElement(), arch.attentionPattern());
    }

    public double bytesPerToken() {
        return bytesPerTokenPerLayer * pattern.size();
    }

    /** Bytes one sequence of {@code tokens} tokens keeps cached, sliding windows capped. */
    public double bytesForSequence(long tokens) {
        if (tokens < 0) {
            throw new IllegalArgumentException("tokens must be >= 0, got " + tokens);
        }
        double positions = 0;
        for (AttentionWindow window : pattern) {
            positions += window.retainedPositions(tokens);
        }
        return positions * bytesPerTokenPerLayer;
    }
}
