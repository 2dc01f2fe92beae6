package com.inferplan.engine.reference;

/**
 * One executed step: the greedy next token and last-position logits of every sequence, the work
 * counted while running, and the wall time of the step in nanoseconds.
 */
public record StepResult(int[] nextTokens, float[][] logits, WorkCounts work, long nanos) {

    public StepResult {
        nextTokens = nextTokens.clone();
        logits = deepCopy(logits);
    }

    @Override
    public int[] nextTokens() {
        return nextTokens.clone();
    }

    @Override
    public float[][] logits() {
        return deepCopy(logits);
    }

    private static float[][] deepCopy(float[][] rows) {
        float[][] copy = new float[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            copy[i] = rows[i].clone();
        }
        return copy;
    }
}
