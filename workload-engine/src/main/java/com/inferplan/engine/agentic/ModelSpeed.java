package com.inferplan.engine.agentic;

/**
 * How fast one model answers one request on its deployment; the performance model implements it.
 * Time for a response of n tokens is {@code TTFT + (n − 1) / outputTokensPerSecond}.
 */
public interface ModelSpeed {

  /**
   * @param contextTokens  the whole prompt (conversation so far)
   * @param uncachedTokens the part not already in the provider's prefix cache, which must be
   *                       prefilled; the rest is only attended to
   */
  double timeToFirstTokenSeconds(long contextTokens, long uncachedTokens);

  /** Decode speed a single user sees at this context length. */
  double outputTokensPerSecond(long contextTokens);
}
