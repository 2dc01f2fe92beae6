package com.inferplan.engine.model;

import java.util.Locale;

/**
 * A request whose tokens do not fit the model's context window: a field-level answer, not an
 * internal error. Names the {@code field} to shorten, the {@code requestedTokens} it makes, the
 * model's {@code contextTokens} and {@code longestFitting}, the largest value of that field that
 * fits with the rest of the request unchanged (0 when none does).
 */
public final class ContextLengthException extends IllegalArgumentException {

    private final String field;
    private final long requestedTokens;
    private final int contextTokens;
    private final long longestFitting;

    private ContextLengthException(String field, String what, long requestedTokens, int contextTokens,
                                   long longestFitting) {
        super(what + " = " + tokens(requestedTokens) + " tokens exceeds this model's " + tokens(contextTokens)
                + "-token context" + (longestFitting > 0
                        ? "; the longest " + field + " that fits is " + tokens(longestFitting) : ""));
        this.field = field;
        this.requestedTokens = requestedTokens;
        this.contextTokens = contextTokens;
        this.longestFitting = Math.max(0, longestFitting);
    }

    /**
     * A prompt of {@code inputTokens} and an answer of {@code outputTokens} must fit; the output is
     * the field to shorten unless the prompt alone fills the context.
     */
    public static void checkPromptAndOutput(long inputTokens, long outputTokens, int contextTokens) {
        long total = inputTokens + outputTokens;
        if (total > contextTokens) {
            throw inputTokens < contextTokens
                    ? new ContextLengthException("outputTokens", "prompt + output", total, contextTokens,
                            contextTokens - inputTokens)
                    : new ContextLengthException("inputTokens", "prompt + output", total, contextTokens,
                            contextTokens - outputTokens);
        }
    }

    /** {@code cachedTokens} already in the cache (the {@code field}) plus a step's {@code newTokens} must fit. */
    public static void checkCachedAndNew(String field, long cachedTokens, long newTokens, int contextTokens) {
        long total = cachedTokens + newTokens;
        if (total > contextTokens) {
            throw new ContextLengthException(field, "cached context + new tokens", total, contextTokens,
                    contextTokens - newTokens);
        }
    }

    /** A whole sequence of {@code sequenceTokens} (the {@code field}) must fit. */
    public static void checkSequence(String field, long sequenceTokens, int contextTokens) {
        if (sequenceTokens > contextTokens) {
            throw new ContextLengthException(field, "sequence length", sequenceTokens, contextTokens, contextTokens);
        }
    }

    public String field() {
        return field;
    }

    public long requestedTokens() {
        return requestedTokens;
    }

    public int contextTokens() {
        return contextTokens;
    }

    public long longestFitting() {
        return longestFitting;
    }

    private static String tokens(long count) {
        return String.format(Locale.ROOT, "%,d", count);
    }
}
