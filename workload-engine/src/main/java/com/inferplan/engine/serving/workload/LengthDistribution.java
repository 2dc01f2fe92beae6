package com.inferplan.engine.serving.workload;

import java.util.SplittableRandom;

/** Distribution of a token count (prompt or output length), always >= 1. */
public interface LengthDistribution {

  int sample(SplittableRandom random);

  /** Expected value, tokens. */
  double meanTokens();

  static LengthDistribution fixed(int tokens) {
    return new FixedLength(tokens);
  }

  static LengthDistribution lognormal(double meanTokens, double sigma, int maxTokens) {
    return new LognormalLength(meanTokens, sigma, maxTokens);
  }

  static LengthDistribution empirical(int... samples) {
    return new EmpiricalLength(samples);
  }
}
