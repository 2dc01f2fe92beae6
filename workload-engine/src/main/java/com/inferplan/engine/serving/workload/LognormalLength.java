package com.inferplan.engine.serving.workload;

import com.inferplan.engine.serving.validation.InvalidInputException;
import com.inferplan.engine.serving.validation.Require;
import java.util.SplittableRandom;

/**
 * Lognormal length parameterised by its mean (not the median) and the standard deviation
 * {@code sigma} of the underlying normal: {@code mu = ln(mean) - sigma²/2}. Samples are rounded to
 * whole tokens and clipped to {@code [1, maxTokens]} (a model's context limit), which moves the
 * realised mean slightly below {@code meanTokens} for heavy tails; {@link #meanTokens()} reports the
 * unclipped parameter.
 */
public record LognormalLength(double meanTokens, double sigma, int maxTokens)
    implements LengthDistribution {

  public LognormalLength {
    Require.positive("meanTokens", meanTokens);
    Require.nonNegative("sigma", sigma);
    Require.positive("maxTokens", maxTokens);
    if (meanTokens > maxTokens) {
      throw new InvalidInputException("meanTokens", meanTokens,
          "must not exceed maxTokens = " + maxTokens);
    }
  }

  @Override
  public int sample(SplittableRandom random) {
    double mu = Math.log(meanTokens) - sigma * sigma / 2;
    double value = Math.exp(mu + sigma * random.nextGaussian());
    return (int) Math.max(1, Math.min(maxTokens, Math.round(value)));
  }
}
