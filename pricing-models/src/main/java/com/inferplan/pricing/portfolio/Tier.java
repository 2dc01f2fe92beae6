package com.inferplan.pricing.portfolio;

/** peakTokensPerSecond: demand at peak that must be served; tokensPerMonth: for $/M tokens. */
public record Tier(String id, double peakTokensPerSecond, double tokensPerMonth) {

    /** The same tier with its peak demand scaled (what-if and tornado); tokens per month scale with it. */
    public Tier scaledDemand(double factor) {
        return new Tier(id, peakTokensPerSecond * factor, tokensPerMonth * factor);
    }
}
