package com.inferplan.engine.reference;

import com.inferplan.engine.model.MoeSpec;

/** Real top-k routing of one token, per family convention (see {@link com.inferplan.engine.model.MoeRouting}). */
final class Routing {

    private Routing() {
    }

    /** Fills {@code experts} and {@code weights} (length topK) from the token's router logits. */
    static void select(MoeSpec moe, float[] logits, Tensor selectionBias, int[] experts, float[] weights) {
        switch (moe.routing()) {
            case SOFTMAX_THEN_TOP_K -> {
                double[] probabilities = softmax(logits);
                topK(probabilities, null, experts);
                normalise(probabilities, experts, weights);
            }
            case TOP_K_THEN_SOFTMAX -> {
                double[] raw = new double[logits.length];
                for (int e = 0; e < raw.length; e++) {
                    raw[e] = logits[e];
                }
                topK(raw, null, experts);
                double max = raw[experts[0]];
                double[] exp = new double[logits.length];
                for (int e : experts) {
                    exp[e] = Math.exp(raw[e] - max);
                }
                normalise(exp, experts, weights);
            }
            case SIGMOID_GROUP_LIMITED -> groupLimited(moe, logits, selectionBias, experts, weights);
        }
    }

    private static void groupLimited(MoeSpec moe, float[] logits, Tensor bias, int[] experts, float[] weights) {
        int count = logits.length;
        double[] scores = new double[count];
        double[] choice = new double[count];
        for (int e = 0; e < count; e++) {
            scores[e] = 1 / (1 + Math.exp(-logits[e]));
            choice[e] = scores[e] + (bias == null ? 0 : bias.data[e]);
        }
        int groupSize = count / moe.groups();
        double[] groupScore = new double[moe.groups()];
        for (int g = 0; g < moe.groups(); g++) {
            double best = Double.NEGATIVE_INFINITY;
            double second = Double.NEGATIVE_INFINITY;
            for (int e = g * groupSize; e < (g + 1) * groupSize; e++) {
                if (choice[e] > best) {
                    second = best;
                    best = choice[e];
                } else if (choice[e] > second) {
                    second = choice[e];
                }
            }
            groupScore[g] = groupSize > 1 ? best + second : best;
        }
        int[] keptGroups = new int[moe.topKGroups()];
        topK(groupScore, null, keptGroups);
        boolean[] allowed = new boolean[count];
        for (int g : keptGroups) {
            for (int e = g * groupSize; e < (g + 1) * groupSize; e++) {
                allowed[e] = true;
            }
        }
        topK(choice, allowed, experts);
        normalise(scores, experts, weights);
    }

    /** Indices of the largest values (ties to the lower index), restricted to {@code allowed} when given. */
    private static void topK(double[] values, boolean[] allowed, int[] into) {
        boolean[] taken = new boolean[values.length];
        for (int slot = 0; slot < into.length; slot++) {
            int best = -1;
            for (int e = 0; e < values.length; e++) {
                if (!taken[e] && (allowed == null || allowed[e]) && (best < 0 || values[e] > values[best])) {
                    best = e;
                }
            }
            taken[best] = true;
            into[slot] = best;
        }
    }

    private static double[] softmax(float[] logits) {
        double max = Double.NEGATIVE_INFINITY;
        for (float l : logits) {
            max = Math.max(max, l);
        }
        double[] p = new double[logits.length];
        double sum = 0;
        for (int e = 0; e < logits.length; e++) {
            p[e] = Math.exp(logits[e] - max);
            sum += p[e];
        }
        for (int e = 0; e < p.length; e++) {
            p[e] /= sum;
        }
        return p;
    }

    private static void normalise(double[] values, int[] experts, float[] weights) {
        double sum = 0;
        for (int e : experts) {
            sum += values[e];
        }
        for (int i = 0; i < experts.length; i++) {
            weights[i] = (float) (values[experts[i]] / sum);
        }
    }
}
