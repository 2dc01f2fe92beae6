package com.inferplan.engine.serving.workload;

import com.inferplan.engine.serving.validation.Require;
import java.util.SplittableRandom;

/** Poisson arrivals: exponential gaps with mean {@code 1/rate}. */
public record PoissonArrivals(double ratePerSecond) implements ArrivalProcess {

  public PoissonArrivals {
    Require.positive("ratePerSecond", ratePerSecond);
  }

  @Override
  public ArrivalProcess withRate(double rate) {
    return new PoissonArrivals(rate);
  }

  @Override
  public double nextGapSeconds(SplittableRandom random) {
    // 1 - U lies in (0, 1], so the logarithm is finite.
    return -Math.log(1 - random.nextDouble()) / ratePerSecond;
  }
}
