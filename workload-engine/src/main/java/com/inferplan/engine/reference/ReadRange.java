package com.inferplan.engine.reference;

import java.util.Arrays;

/** Tracks, per sequence, the span of cached positions an attention step actually read. */
final class ReadRange {

    private final long[] lowest;
    private final long[] highest;

    ReadRange(int sequences) {
        lowest = new long[sequences];
        highest = new long[sequences];
        Arrays.fill(lowest, Long.MAX_VALUE);
        Arrays.fill(highest, -1);
    }

    void read(int sequence, long from, long to) {
        lowest[sequence] = Math.min(lowest[sequence], from);
        highest[sequence] = Math.max(highest[sequence], to);
    }

    /** Distinct positions read, summed over sequences (each span is contiguous). */
    long positions() {
        long total = 0;
        for (int s = 0; s < lowest.length; s++) {
            total += highest[s] >= lowest[s] ? highest[s] - lowest[s] + 1 : 0;
        }
        return total;
    }
}
