package com.inferplan.engine.serving;

import com.inferplan.engine.serving.validation.Require;

/**
 * Continuous-batching scheduler of one replica.
 *
 * @param maxTokensPerStep token budget of one iteration: decode tokens plus prompt tokens
 * @param kvBlockTokens    tokens per paged KV block (vLLM default 16)
 * @param prefill          how prompts share iterations with decodes ({@link PrefillPolicy})
 */
public record SchedulerConfig(int maxTokensPerStep, int kvBlockTokens, PrefillPolicy prefill) {

  public SchedulerConfig {
    Require.positive("maxTokensPerStep", maxTokensPerStep);
    Require.positive("kvBlockTokens", kvBlockTokens);
    Require.present("prefill", prefill);
  }

  /**
   * @param chunkedPrefill true: prompts are split to fill each iteration's leftover budget next to
   *                       the decodes; false: prompts run whole in prefill-only iterations that
   *                       pause decoding, and a prompt longer than the budget is rejected
   */
  public SchedulerConfig(int maxTokensPerStep, int kvBlockTokens, boolean chunkedPrefill) {
    this(maxTokensPerStep, kvBlockTokens,
        chunkedPrefill ? PrefillPolicy.CHUNKED_MIXED : PrefillPolicy.WHOLE_PREFILL_FIRST);
  }

  public boolean chunkedPrefill() {
    return prefill.chunks();
  }

  /** vLLM V1 defaults for online serving: 8,192-token budget, 16-token blocks, chunked prefill. */
  public static SchedulerConfig vllmDefaults() {
    return new SchedulerConfig(8192, 16, PrefillPolicy.CHUNKED_MIXED);
  }
}
