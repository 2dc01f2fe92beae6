package com.inferplan.pricing.portfolio;

/**
 * Pool {@code pool} may serve tier {@code tier} (routing). A replica of the tier's model on this pool
 * takes unitsPerReplica units (may be < 1 when several replicas fit in one unit, e.g. 0.125 = 1 chip
 * of an 8-chip node; >= 1 when a replica spans units) and serves tokensPerSecondPerReplica at the
 * highest load meeting the tier's SLO. Missing pair = the pool cannot serve the tier.
 */
public record Capacity(String pool, String tier, double unitsPerReplica, double tokensPerSecondPerReplica) {
}
