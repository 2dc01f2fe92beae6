package com.inferplan.engine.serving.workload;

import com.inferplan.engine.serving.validation.Require;
import java.util.SplittableRandom;

/**
 * Bursty arrivals: gamma-distributed gaps with mean {@code 1/rate} and squared coefficient of
 * variation {@code burstiness} (shape {@code k = 1/burstiness}). Burstiness 1 is Poisson; above 1
 * requests clump into bursts separated by lulls (the convention of vLLM's benchmark_serving
 * {@code --burstiness}, which uses {@code 1/burstiness} as the gamma shape).
 */
public record GammaArrivals(double ratePerSecond, double burstiness) implements ArrivalProcess {

  public GammaArrivals {
    Require.positive("ratePerSecond", ratePerSecond);
    Require.positive("burstiness", burstiness);
  }

  @Override
  public ArrivalProcess withRate(double rate) {
    return new GammaArrivals(rate, burstiness);
  }

  @Override
  public double nextGapSeconds(SplittableRandom random) {
    double shape = 1 / burstiness;
    return GammaSampler.sample(random, shape) * burstiness / ratePerSecond;
  }
}
