package com.inferplan.engine.model;

/**
 * How far back one layer's attention reaches. A sliding window of W tokens lets the token at
 * position p attend positions p-W+1 .. p (itself included), which is the Hugging Face convention
 * for Mistral and gpt-oss; {@link #FULL} attends every earlier position.
 */
public record AttentionWindow(int slidingTokens) {

    public static final AttentionWindow FULL = new AttentionWindow(0);

    public AttentionWindow {
        if (slidingTokens < 0) {
            throw new IllegalArgumentException("sliding window must be >= 0 (0 = full), got " + slidingTokens);
        }
    }

    public static AttentionWindow sliding(int tokens) {
        if (tokens <= 0) {
            throw new IllegalArgumentException("sliding window must be positive, got " + tokens);
        }
        return new AttentionWindow(tokens);
    }

    public boolean isFull() {
        return slidingTokens == 0;
    }

    /** First key position the query at {@code position} attends. */
    public long firstAttended(long position) {
        return isFull() ? 0 : Math.max(0, position - slidingTokens + 1);
    }

    /** Number of cached positions kept for a sequence of {@code tokens} tokens. */
    public long retainedPositions(long tokens) {
        return isFull() ? tokens : Math.min(tokens, slidingTokens);
    }

    public String label() {
        return isFull() ? "full" : "sliding" + slidingTokens;
    }
}
