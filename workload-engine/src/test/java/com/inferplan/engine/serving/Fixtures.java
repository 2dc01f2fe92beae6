package com.inferplan.engine.serving;

import com.inferplan.engine.serving.workload.LengthDistribution;
import com.inferplan.engine.serving.workload.PoissonArrivals;
import com.inferplan.engine.serving.workload.SyntheticWorkload;
import com.inferplan.engine.transport.TransportProfile;
import java.util.SplittableRandom;

/** Shared test set-ups: analytic step-time models and configs. */
final class Fixtures {

  /** Loose enough that every request in these tests is good unless a test says otherwise. */
  static final Slo LOOSE_SLO = new Slo(1e9, 1e9, 90);

  private Fixtures() {}

  static SimulationConfig config(int replicas, RoutingPolicy routing, SchedulerConfig scheduler) {
    return new SimulationConfig(replicas, routing, scheduler, TransportProfile.NONE, LOOSE_SLO);
  }

  static SimulationConfig singleReplica(SchedulerConfig scheduler) {
    return config(1, RoutingPolicy.ROUND_ROBIN, scheduler);
  }

  /** Service time = prompt tokens × secondsPerToken on one sequence at a time: a single server. */
  static AffineStepTimeModel singleServer(double secondsPerPromptToken) {
    return new AffineStepTimeModel(0, 0, 0, secondsPerPromptToken, 0, 10_000_000, 1);
  }

  /**
   * A GPU-like replica: 20 ms per iteration + 0.2 ms per decoding sequence + 10 ns per KV token
   * read + 50 µs per prompt token.
   */
  static AffineStepTimeModel batchingReplica(long kvCapacityTokens, int maxBatch) {
    return new AffineStepTimeModel(0.020, 0.000_2, 1e-8, 0.000_05, 0, kvCapacityTokens, maxBatch);
  }

  static SyntheticWorkload chatWorkload(double ratePerSecond, long requests, long seed) {
    return new SyntheticWorkload(new PoissonArrivals(ratePerSecond),
        LengthDistribution.lognormal(600, 0.8, 8000),
        LengthDistribution.lognormal(150, 0.8, 2000),
        requests, seed);
  }

  /** Lengths rounded from an exponential distribution (for M/M/1). */
  record ExponentialLength(double meanTokens) implements LengthDistribution {
    @Override
    public int sample(SplittableRandom random) {
      return (int) Math.max(1, Math.round(-Math.log(1 - random.nextDouble()) * meanTokens));
    }
  }
}
