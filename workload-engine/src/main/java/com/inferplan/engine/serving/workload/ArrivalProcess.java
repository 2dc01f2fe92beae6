package com.inferplan.engine.serving.workload;

import java.util.SplittableRandom;

/** Renewal arrival process: independent gaps between consecutive requests. */
public interface ArrivalProcess {

  /** Long-run mean arrival rate, requests per second. */
  double ratePerSecond();

  /** The same process shape at another mean rate (used by the SLO search). */
  ArrivalProcess withRate(double ratePerSecond);

  /** Gap to the next arrival, seconds. */
  double nextGapSeconds(SplittableRandom random);
}
