package com.inferplan.engine.model;

/**
 * DeepSeek sparse attention's lightning indexer (DeepSeek-V3.2-Exp): per token, {@code heads}
 * small queries of {@code headDim} (from the compressed query) score every earlier token's
 * indexer key (one {@code headDim} vector per token, cached beside the latent) through ReLU and
 * per-head weights; MLA then attends only the {@code topK} best-scoring tokens.
 */
public record SparseIndexer(int heads, int headDim, int topK) {

    public SparseIndexer {
        if (heads <= 0 || headDim <= 0 || topK <= 0) {
            throw new IllegalArgumentException("indexer heads, head dim and top-k must be positive");
        }
    }

    /** Keys attended by a query that could attend {@code available}: the top-k, or all when fewer. */
    public long attended(long available) {
        return Math.min(topK, available);
    }
}
