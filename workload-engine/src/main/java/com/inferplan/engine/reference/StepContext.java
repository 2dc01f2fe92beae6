package com.inferplan.engine.reference;

/**
 * The shape of the step being executed. Token {@code t = sequence · newTokens + i} sits at position
 * {@code context + i} of its sequence.
 */
record StepContext(WorkCounter counter, KvCache cache, int batch, int newTokens, long context, boolean decode) {

    int sequenceOf(int token) {
        return token / newTokens;
    }

    long positionOf(int token) {
        return context + token % newTokens;
    }
}
