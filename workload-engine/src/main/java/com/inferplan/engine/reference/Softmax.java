package com.inferplan.engine.reference;

/** Scaled softmax over attention scores, optionally with a gpt-oss sink logit in the denominator only. */
final class Softmax {

    private Softmax() {
    }

    /** Replaces {@code scores[0 .. length)} by probabilities. {@code sink} is NaN when absent. */
    static void apply(float[] scores, int length, float scale, float sink) {
        float max = Float.isNaN(sink) ? Float.NEGATIVE_INFINITY : sink;
        for (int j = 0; j < length; j++) {
            scores[j] *= scale;
            max = Math.max(max, scores[j]);
        }
        double sum = Float.isNaN(sink) ? 0 : Math.exp(sink - max);
        for (int j = 0; j < length; j++) {
            scores[j] = (float) Math.exp(scores[j] - max);
            sum += scores[j];
        }
        for (int j = 0; j < length; j++) {
            scores[j] = (float) (scores[j] / sum);
        }
    }
}
