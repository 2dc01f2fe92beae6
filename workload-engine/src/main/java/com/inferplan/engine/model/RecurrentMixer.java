package com.inferplan.engine.model;

/**
 * The recurrence a hybrid model's linear layers run over their fixed-size state: Qwen3-Next /
 * Qwen3.5's gated delta rule, or Nemotron-H's Mamba-2 selective state-space update.
 */
public enum RecurrentMixer {
    GATED_DELTANET,
    MAMBA2
}
