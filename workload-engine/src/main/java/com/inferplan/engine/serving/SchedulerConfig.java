package com.inferplan.engine.serving;

import com.inferplan.engine.serving.validation.Require;

/**
 * Continuous-batching scheduler of one replica (vLLM-style).
 *
 * @param maxTokensPerStep token budget of one iteration: decode tokens plus prompt tokens
 * @param kvBlockTokens    tokens per paged KV block (vLLM default 16)
 * @param chunkedPrefill   true: prompts are split to fill each iteration's leftover budget next to
 *                         the decodes; false: prompts run whole in prefill-only iterations that
 *                         pause decoding, and a prompt longer than the budget is rejected
 */
public record SchedulerConfig(int maxTokensPerStep, int kvBlockTokens, boolean chunkedPrefill) {

  public SchedulerConfig {
    Require.positive("maxTokensPerStep", maxTokensPerStep);
    Require.positive("kvBlockTokens", kvBlockTokens);
  }

  /** vLLM V1 defaults for online serving: 8,192-token budget, 16-token blocks, chunked prefill. */
  public static SchedulerConfig vllmDefaults() {
    return new SchedulerConfig(8192, 16, true);
  }
}
