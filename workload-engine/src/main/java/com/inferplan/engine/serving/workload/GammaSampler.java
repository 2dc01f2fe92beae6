package com.inferplan.engine.serving.workload;

import java.util.SplittableRandom;

/** Unit-scale gamma variates by Marsaglia and Tsang (ACM TOMS 26(3), 2000). */
final class GammaSampler {

  private GammaSampler() {}

  static double sample(SplittableRandom random, double shape) {
    if (shape < 1) {
      // Boost: if G ~ Gamma(k+1) and U ~ U(0,1) then G·U^(1/k) ~ Gamma(k).
      double u = 1 - random.nextDouble();
      return sample(random, shape + 1) * Math.pow(u, 1 / shape);
    }
    double d = shape - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double x = random.nextGaussian();
      double v = 1 + c * x;
      if (v <= 0) {
        continue;
      }
      v = v * v * v;
      double u = 1 - random.nextDouble();
      if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
        return d * v;
      }
    }
  }
}
