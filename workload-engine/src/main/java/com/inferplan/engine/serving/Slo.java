package com.inferplan.engine.serving;

import com.inferplan.engine.serving.validation.InvalidInputException;
import com.inferplan.engine.serving.validation.Require;

/**
 * Service-level objective. A request is good when its TTFT and its TPOT are both within limits; the
 * run attains the SLO when at least {@code attainmentPercent}% of requests are good (the
 * DistServe definition of SLO attainment, Zhong et al., OSDI 2024).
 */
public record Slo(double ttftMs, double tpotMs, double attainmentPercent) {

  public Slo {
    Require.positive("ttftMs", ttftMs);
    Require.positive("tpotMs", tpotMs);
    if (!(attainmentPercent > 0 && attainmentPercent <= 100)) {
      throw new InvalidInputException("attainmentPercent", attainmentPercent, "must be in (0, 100]");
    }
  }

  boolean isMetBy(double ttftSeconds, double tpotSeconds) {
    return ttftSeconds * 1000 <= ttftMs && tpotSeconds * 1000 <= tpotMs;
  }
}
