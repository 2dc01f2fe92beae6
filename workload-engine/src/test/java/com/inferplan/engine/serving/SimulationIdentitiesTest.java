package com.inferplan.engine.serving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.inferplan.engine.serving.workload.SyntheticWorkload;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

/** Identities any correct simulation satisfies, checked on a batching multi-replica system. */
class SimulationIdentitiesTest {

  private static final SimulationConfig TWO_REPLICAS =
      Fixtures.config(2, RoutingPolicy.LEAST_LOADED, SchedulerConfig.vllmDefaults());

  private static SimulationResult run(double rate, long seed) {
    SyntheticWorkload workload = Fixtures.chatWorkload(rate, 20_000, seed);
    return ServingSimulator.run(workload, Fixtures.batchingReplica(400_000, 128), TWO_REPLICAS);
  }

  @Test
  void littlesLawHoldsOnTheSamplePath() {
    // L = λ·W over [first arrival, last departure]: every request's whole stay lies inside it.
    SimulationResult result = run(8, 1);

    double lambdaW = result.requestsPerSecond() * result.endToEnd().meanMs() / 1000;
    assertThat(result.meanRequestsInSystem()).isCloseTo(lambdaW, Percentage.withPercentage(1e-6));
  }

  @Test
  void stableSystemDeliversTheOfferedOutputTokens() {
    // offered: 8 requests/s × 150 mean output tokens = 1,200 tokens/s (lognormal mean, clipping
    // at 2,000 tokens removes < 0.1%); sampling noise over 20,000 requests is about 1%.
    SimulationResult result = run(8, 1);

    assertThat(result.outputTokensPerSecond()).isCloseTo(1200, Percentage.withPercentage(3));
    assertThat(result.inputTokensPerSecond()).isCloseTo(8 * 600, Percentage.withPercentage(3));
  }

  @Test
  void utilizationIsABusyFraction() {
    SimulationResult light = run(0.05, 1);
    SimulationResult heavy = run(24, 1);

    assertThat(light.utilization()).isBetween(0.0, 0.5);
    assertThat(heavy.utilization()).isCloseTo(1.0, within(0.01));
  }

  @Test
  void sameSeedGivesIdenticalResults() {
    assertThat(run(8, 5)).isEqualTo(run(8, 5));
  }

  @Test
  void differentSeedGivesDifferentRequests() {
    assertThat(run(8, 5).endToEnd()).isNotEqualTo(run(8, 6).endToEnd());
  }

  @Test
  void goodputFractionDoesNotRiseWithLoad() {
    // TTFT ≤ 2 s and TPOT ≤ 60 ms: met by everyone at 4/s, by few at 28/s (beyond capacity).
    SimulationConfig config = TWO_REPLICAS.withSlo(new Slo(2000, 60, 90));
    double previous = 1.0;
    for (double rate : new double[] {4, 12, 16, 20, 24, 28}) {
      SimulationResult result = ServingSimulator.run(Fixtures.chatWorkload(rate, 20_000, 3),
          Fixtures.batchingReplica(400_000, 128), config);
      assertThat(result.goodput().fraction()).isLessThanOrEqualTo(previous);
      previous = result.goodput().fraction();
    }
    assertThat(previous).isLessThan(0.5);
  }
}
