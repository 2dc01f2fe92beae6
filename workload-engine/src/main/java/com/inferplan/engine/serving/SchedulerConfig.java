package com.inferplan.engine.serving;

import com.inferplan.engine.serving.validation.Require;

/**
 * Continuous-batching scheduler of one replica.
 *
 * @param maxTokensPerStep token budget of one iteration: decode tokens plus prompt tokens
 * @param kvBlockTokens    tokens per paged KV block (vLLM default 16)
 * @param prefill          how prompts share iterations with decodes ({@link PrefillPolicy})
 * @param maxPromptsPerStep prompts one iteration may work on (JetStream's prefill thread and the
 *                          vLLM Neuron scheduler take one at a time); {@link #ANY_PROMPTS} where
 *                          only the token budget limits them
 */
public record SchedulerConfig(int maxTokensPerStep, int kvBlockTokens, PrefillPolicy prefill,
    int maxPromptsPerStep) {

  /** No limit on the prompts of one iteration beyond the token budget. */
  public static final int ANY_PROMPTS = Integer.MAX_VALUE;

  public SchedulerConfig {
    Require.positive("maxTokensPerStep", maxTokensPerStep);
    Require.positive("kvBlockTokens", kvBlockTokens);
    Require.present("prefill", prefill);
    Require.positive("maxPromptsPerStep", maxPromptsPerStep);
  }

  public SchedulerConfig(int maxTokensPerStep, int kvBlockTokens, PrefillPolicy prefill) {
    this(maxTokensPerStep, kvBlockTokens, prefill, ANY_PROMPTS);
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
