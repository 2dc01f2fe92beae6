package com.inferplan.engine.evaluation;

import java.util.Locale;

/**
 * How the measured load was offered (measurements-format.md). CLOSED: {@code concurrency}
 * requests always in flight under continuous batching; STATIC: {@code concurrency} identical
 * requests start together as one batch; MAX: offline, the highest sustainable throughput.
 */
public enum LoadMode {
    CLOSED,
    STATIC,
    MAX;

    public static LoadMode parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidEvaluationException("load", text, "is required: closed, static or max");
        }
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidEvaluationException("load", text, "expected closed, static or max");
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
