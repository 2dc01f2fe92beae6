package com.inferplan.engine.profile;

import com.inferplan.engine.model.AttentionWindow;

/**
 * Counts for one sequence adding {@code newTokens} tokens to {@code context} cached ones: the
 * query-key pairs a causal (optionally windowed) attention evaluates, and the distinct cached
 * positions those queries read (the new positions included, since they are written first).
 */
final class AttentionSpan {

    private AttentionSpan() {
    }

    /** Σ over query positions p in [context, context+newTokens) of the keys p attends. */
    static double pairs(long context, long newTokens, AttentionWindow window) {
        long first = context;
        long last = context + newTokens - 1;
        if (window.isFull()) {
            return sumOfPositionsPlusOne(first, last);
        }
        long w = window.slidingTokens();
        if (window.chunked()) {
            return chunkedPairs(first, last, w);
        }
        long growingLast = Math.min(last, w - 1);
        double growing = growingLast >= first ? sumOfPositionsPlusOne(first, growingLast) : 0;
        long capped = last - Math.max(first, w) + 1;
        return growing + (capped > 0 ? (double) capped * w : 0);
    }

    /** Query p attends p - floor(p/C)·C + 1 keys: a sum of 1, 2, ... runs restarting at each chunk start. */
    private static double chunkedPairs(long first, long last, long chunk) {
        double pairs = 0;
        for (long from = first; from <= last; from = (from / chunk + 1) * chunk) {
            long start = from / chunk * chunk;
            long to = Math.min(last, start + chunk - 1);
            pairs += sumOfPositionsPlusOne(from - start, to - start);
        }
        return pairs;
    }

    /** Distinct key positions read: from the first position the earliest query sees to the last new one. */
    static double readPositions(long context, long newTokens, AttentionWindow window) {
        return context + newTokens - window.firstAttended(context);
    }

    private static double sumOfPositionsPlusOne(long first, long last) {
        long count = last - first + 1;
        return count * (double) (first + last + 2) / 2;
    }
}
