package com.inferplan.engine.serving;

import com.inferplan.engine.serving.stats.QuantileSketch;

/**
 * Percentiles (within {@link QuantileSketch#RELATIVE_ACCURACY} relative error) and exact mean of
 * one latency, milliseconds. {@code count} 0 means no request produced this metric (for example
 * TPOT when every request has a single output token); the figures are then 0.
 */
public record LatencySummary(long count, double p50Ms, double p90Ms, double p99Ms, double meanMs) {

  static LatencySummary ofSeconds(QuantileSketch seconds) {
    return new LatencySummary(seconds.count(),
        seconds.quantile(0.50) * 1000,
        seconds.quantile(0.90) * 1000,
        seconds.quantile(0.99) * 1000,
        seconds.mean() * 1000);
  }
}
