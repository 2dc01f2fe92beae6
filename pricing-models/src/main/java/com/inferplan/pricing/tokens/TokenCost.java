package com.inferplan.pricing.tokens;

import com.inferplan.pricing.explain.Explained;

/** USD per million input, output and blended tokens for one workload mix. */
public record TokenCost(Explained usdPerMillionInputTokens, Explained usdPerMillionOutputTokens,
                        Explained usdPerMillionBlendedTokens, WorkloadMix mix) {

    public double value(TokenMetric metric) {
        return switch (metric) {
            case INPUT -> usdPerMillionInputTokens.value();
            case OUTPUT -> usdPerMillionOutputTokens.value();
            case BLENDED -> usdPerMillionBlendedTokens.value();
        };
    }
}
