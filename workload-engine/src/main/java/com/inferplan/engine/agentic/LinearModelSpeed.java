package com.inferplan.engine.agentic;

import com.inferplan.engine.serving.validation.Require;

/**
 * Simplest {@link ModelSpeed}: TTFT = fixed latency + uncached tokens / prefill rate, and a decode
 * speed that does not depend on context. Enough for published "tokens per second" comparisons.
 */
public record LinearModelSpeed(
    double firstTokenBaseSeconds,
    double prefillTokensPerSecond,
    double outputTokensPerSecond) implements ModelSpeed {

  public LinearModelSpeed {
    Require.nonNegative("firstTokenBaseSeconds", firstTokenBaseSeconds);
    Require.positive("prefillTokensPerSecond", prefillTokensPerSecond);
    Require.positive("outputTokensPerSecond", outputTokensPerSecond);
  }

  @Override
  public double timeToFirstTokenSeconds(long contextTokens, long uncachedTokens) {
    return firstTokenBaseSeconds + uncachedTokens / prefillTokensPerSecond;
  }

  @Override
  public double outputTokensPerSecond(long contextTokens) {
    return outputTokensPerSecond;
  }
}
