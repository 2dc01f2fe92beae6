package com.inferplan.engine.serving.workload;

import com.inferplan.engine.serving.validation.Require;
import java.util.SplittableRandom;

/** Every request has the same length. */
public record FixedLength(int tokens) implements LengthDistribution {

  public FixedLength {
    Require.positive("tokens", tokens);
  }

  @Override
  public int sample(SplittableRandom random) {
    return tokens;
  }

  @Override
  public double meanTokens() {
    return tokens;
  }
}
