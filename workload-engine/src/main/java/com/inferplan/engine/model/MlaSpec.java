package com.inferplan.engine.model;

/**
 * DeepSeek multi-head latent attention. Queries are compressed to {@code qLoraRank} (0 = no query
 * compression), keys and values to a shared latent of {@code kvLoraRank}; a decoupled RoPE key of
 * {@code qkRopeHeadDim} is shared by all heads. The cache holds latent + rope key per token.
 * {@code indexer}: DeepSeek sparse attention (null = every attended token).
 */
public record MlaSpec(int qLoraRank, int kvLoraRank, int qkNopeHeadDim, int qkRopeHeadDim, int vHeadDim,
                      SparseIndexer indexer) {

    public MlaSpec(int qLoraRank, int kvLoraRank, int qkNopeHeadDim, int qkRopeHeadDim, int vHeadDim) {
        this(qLoraRank, kvLoraRank, qkNopeHeadDim, qkRopeHeadDim, vHeadDim, null);
    }

    public MlaSpec {
        if (qLoraRank < 0) {
            throw new IllegalArgumentException("qLoraRank must be >= 0, got " + qLoraRank);
        }
        if (kvLoraRank <= 0 || qkNopeHeadDim <= 0 || qkRopeHeadDim <= 0 || vHeadDim <= 0) {
            throw new IllegalArgumentException("MLA ranks and head dims must be positive");
        }
    }

    public boolean sparse() {
        return indexer != null;
    }

    public boolean compressesQueries() {
        return qLoraRank > 0;
    }

    public int qkHeadDim() {
        return qkNopeHeadDim + qkRopeHeadDim;
    }

    /** Elements cached per token per layer: the latent plus the shared rope key. */
    public int latentWidth() {
        return kvLoraRank + qkRopeHeadDim;
    }
}
