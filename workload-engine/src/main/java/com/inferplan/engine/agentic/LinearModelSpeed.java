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

  static final double MAX_FIRST_TOKEN_SECONDS = 3_600;
  static final double MIN_TOKENS_PER_SECOND = 0.001;
  static final double MAX_TOKENS_PER_SECOND = 1e8;

  public LinearModelSpeed {
    Require.within("firstTokenBaseSeconds", firstTokenBaseSeconds, 0, MAX_FIRST_TOKEN_SECONDS);
    Require.within("prefillTokensPerSecond", prefillTokensPerSecond, MIN_TOKENS_PER_SECOND, MAX_TOKENS_PER_SECOND);
    Require.within("outputTokensPerSecond", outputTokensPerSecond, MIN_TOKENS_PER_SECOND, MAX_TOKENS_PER_SECOND);
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
