package com.inferplan.engine.profile;

import com.inferplan.engine.model.MoeSpec;

/**
 * How many distinct routed experts one MoE layer touches in a step, which sets the expert weight
 * bytes read. The default is the expectation under uniform independent routing,
 * E·(1 − (1 − k/E)^T) for T routed tokens; a measured mean can be substituted (the reference
 * executor does so to compare exactly).
 */
@FunctionalInterface
public interface ExpertActivation {

    double distinctExperts(MoeSpec moe, long routedTokens);

    static ExpertActivation expected() {
        return (moe, tokens) -> expectedDistinct(moe.experts(), moe.topK(), tokens);
    }

    /** A measured mean number of distinct experts per MoE layer. */
    static ExpertActivation observed(double meanDistinctPerLayer) {
        if (!(meanDistinctPerLayer > 0) || Double.isInfinite(meanDistinctPerLayer)) {
            throw new IllegalArgumentException("mean distinct experts must be positive, got " + meanDistinctPerLayer);
        }
        return (moe, tokens) -> {
            if (meanDistinctPerLayer > moe.experts()) {
                throw new IllegalArgumentException(
                        "mean distinct experts " + meanDistinctPerLayer + " exceeds the " + moe.experts() + " experts");
            }
            return meanDistinctPerLayer;
        };
    }

    static double expectedDistinct(int experts, int topK, long tokens) {
        return experts * (1 - Math.pow(1 - (double) topK / experts, tokens));
    }
}
