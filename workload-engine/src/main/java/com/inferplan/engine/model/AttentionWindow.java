package com.inferplan.engine.model;

/**
 * How far back one layer's attention reaches. A sliding window of W tokens lets the token at
 * position p attend positions p-W+1 .. p (itself included), which is the Hugging Face convention
 * for Mistral and gpt-oss; {@link #FULL} attends every earlier position. A chunked layer (Llama 4's
 * local attention, {@code attention_chunk_size} C) attends only its own chunk: positions
 * floor(p/C)·C .. p, so it never reaches more than C positions back and {@code slidingTokens} is
 * that cap.
 */
public record AttentionWindow(int slidingTokens, boolean chunked) {

    public static final AttentionWindow FULL = new AttentionWindow(0, false);

    public AttentionWindow {
        if (slidingTokens < 0) {
            throw new IllegalArgumentException("sliding window must be >= 0 (0 = full), got " + slidingTokens);
        }
        if (chunked && slidingTokens == 0) {
            throw new IllegalArgumentException("a chunked layer needs a positive chunk size");
        }
    }

    public static AttentionWindow chunked(int tokens) {
        if (tokens <= 0) {
            throw new IllegalArgumentException("attention chunk must be positive, got " + tokens);
        }
        return new AttentionWindow(tokens, true);
    }

    public static AttentionWindow sliding(int tokens) {
        if (tokens <= 0) {
            throw new IllegalArgumentException("sliding window must be positive, got " + tokens);
        }
        return new AttentionWindow(tokens, false);
    }

    public boolean isFull() {
        return slidingTokens == 0;
    }

    /** First key position the query at {@code position} attends. */
    public long firstAttended(long position) {
        if (chunked) {
            return position / slidingTokens * slidingTokens;
        }
        return isFull() ? 0 : Math.max(0, position - slidingTokens + 1);
    }

    /** Number of cached positions kept for a sequence of {@code tokens} tokens (a chunked layer: up to one chunk). */
    public long retainedPositions(long tokens) {
        return isFull() ? tokens : Math.min(tokens, slidingTokens);
    }

    public String label() {
        return isFull() ? "full" : (chunked ? "chunked" : "sliding") + slidingTokens;
    }
}
