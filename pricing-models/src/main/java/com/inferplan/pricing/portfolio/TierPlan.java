package com.inferplan.pricing.portfolio;

/**
 * usdPerMonth allocated to the tier (its pools' cost in proportion to units it uses, idle committed
 * units spread over the pool's tiers) and usdPerMillionTokens = usdPerMonth / tokensPerMonth · 1e6.
 */
public record TierPlan(String tier, double usdPerMonth, double usdPerMillionTokens) {
}
