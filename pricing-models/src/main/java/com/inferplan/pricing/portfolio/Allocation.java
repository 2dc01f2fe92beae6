package com.inferplan.pricing.portfolio;

/**
 * replicas of the tier on this pool; share = tokens/s served here ÷ tier peak; utilization =
 * served ÷ (replicas × tokensPerSecondPerReplica). Peak demand is routed in proportion to each
 * replica's capacity, so every pool serving a tier runs it at the same utilization.
 */
public record Allocation(String tier, int replicas, double share, double utilization) {
}
