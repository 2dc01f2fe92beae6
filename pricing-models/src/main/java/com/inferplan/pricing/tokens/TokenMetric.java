package com.inferplan.pricing.tokens;

/** Which per-token figure a scenario or comparison reports. */
public enum TokenMetric {
    INPUT, OUTPUT, BLENDED
}
