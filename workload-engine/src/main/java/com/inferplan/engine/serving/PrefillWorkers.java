package com.inferplan.engine.serving;

import com.inferplan.engine.serving.validation.Require;

/**
 * A disaggregated deployment's prefill workers as one decode worker's share sees them: how many,
 * the tokens and prompts one iteration of a worker takes, and how long an iteration of a given
 * number of prompts lasts.
 */
public record PrefillWorkers(int workers, int tokenBudget, int maxPrompts, IterationTime time) {

  /** Seconds one iteration of {@code prompts} prompts of the run's length takes. */
  @FunctionalInterface
  public interface IterationTime {
    double seconds(int prompts);
  }

  public PrefillWorkers {
    Require.positive("workers", workers);
    Require.positive("tokenBudget", tokenBudget);
    Require.positive("maxPrompts", maxPrompts);
    Require.present("time", time);
  }
}
