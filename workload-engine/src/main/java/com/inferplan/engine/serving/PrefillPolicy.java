package com.inferplan.engine.serving;

import java.util.Locale;

/**
 * How a stack's scheduler fits prompts into its iterations.
 *
 * <ul>
 *   <li>{@code CHUNKED_MIXED}: prompts are cut to fill each iteration's budget left after one token
 *       per decoding sequence (vLLM V1, which always chunks).</li>
 *   <li>{@code WHOLE_MIXED}: whole prompts join the decodes in one iteration while the budget holds
 *       them (TensorRT-LLM in-flight batching without chunked context); the first prompt of an
 *       iteration is always taken, so long prompts are not starved behind the decodes.</li>
 *   <li>{@code CHUNKED_PREFILL_FIRST}: whenever prompt work is waiting, an iteration runs prompt
 *       chunks only and the decodes pause (SGLang: a new prefill batch is chosen before the decode
 *       batch; mixing is off by default).</li>
 *   <li>{@code WHOLE_PREFILL_FIRST}: as above with whole prompts; a prompt longer than the budget
 *       can never run.</li>
 * </ul>
 */
public enum PrefillPolicy {
  CHUNKED_MIXED(true, false),
  WHOLE_MIXED(false, false),
  CHUNKED_PREFILL_FIRST(true, true),
  WHOLE_PREFILL_FIRST(false, true);

  private final boolean chunks;
  private final boolean prefillFirst;

  PrefillPolicy(boolean chunks, boolean prefillFirst) {
    this.chunks = chunks;
    this.prefillFirst = prefillFirst;
  }

  public boolean chunks() {
    return chunks;
  }

  public boolean prefillFirst() {
    return prefillFirst;
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
