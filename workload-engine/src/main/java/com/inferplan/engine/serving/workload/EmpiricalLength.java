package com.inferplan.engine.serving.workload;

import com.inferplan.engine.serving.validation.InvalidInputException;
import java.util.Arrays;
import java.util.SplittableRandom;

/** Resamples uniformly from observed lengths (for example a dataset's prompt lengths). */
public final class EmpiricalLength implements LengthDistribution {

  private final int[] samples;
  private final double mean;

  public EmpiricalLength(int... samples) {
    if (samples == null || samples.length == 0) {
      throw new InvalidInputException("samples", "[]", "needs at least one observed length");
    }
    this.samples = samples.clone();
    for (int i = 0; i < this.samples.length; i++) {
      if (this.samples[i] < 1) {
        throw new InvalidInputException("samples[" + i + "]", this.samples[i], "must be >= 1");
      }
    }
    this.mean = Arrays.stream(this.samples).average().orElseThrow();
  }

  @Override
  public int sample(SplittableRandom random) {
    return samples[random.nextInt(samples.length)];
  }

  @Override
  public double meanTokens() {
    return mean;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EmpiricalLength e && Arrays.equals(samples, e.samples);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(samples);
  }

  @Override
  public String toString() {
    return "EmpiricalLength[" + samples.length + " samples, mean " + mean + "]";
  }
}
