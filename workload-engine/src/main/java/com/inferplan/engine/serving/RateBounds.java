package com.inferplan.engine.serving;

import com.inferplan.engine.serving.validation.InvalidInputException;
import com.inferplan.engine.serving.validation.Require;

/**
 * Arrival-rate range searched by {@link SloSearch}, requests per second, and the relative width at
 * which the search stops ({@code 0.02}: the answer is within 2% of the true threshold).
 */
public record RateBounds(double minRatePerSecond, double maxRatePerSecond,
    double relativeTolerance) {

  public RateBounds {
    Require.positive("minRatePerSecond", minRatePerSecond);
    Require.positive("maxRatePerSecond", maxRatePerSecond);
    Require.positive("relativeTolerance", relativeTolerance);
    if (maxRatePerSecond <= minRatePerSecond) {
      throw new InvalidInputException("maxRatePerSecond", maxRatePerSecond,
          "must exceed minRatePerSecond = " + minRatePerSecond);
    }
  }

  /** Geometric bisection steps needed to narrow the range to the tolerance. */
  int bisectionSteps() {
    double ratio = Math.log(maxRatePerSecond / minRatePerSecond) / Math.log1p(relativeTolerance);
    return Math.max(0, (int) Math.ceil(Math.log(ratio) / Math.log(2)));
  }
}
