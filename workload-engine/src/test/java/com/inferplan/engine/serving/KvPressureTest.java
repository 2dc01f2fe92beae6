package com.inferplan.engine.serving;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KvPressureTest {

  private static SimulationResult runWithKvTokens(long kvCapacityTokens) {
    return ServingSimulator.run(Fixtures.chatWorkload(2.5, 5_000, 11),
        Fixtures.batchingReplica(kvCapacityTokens, 64),
        Fixtures.singleReplica(SchedulerConfig.vllmDefaults()));
  }

  @Test
  void smallKvCachePreemptsAndStillCompletesEveryRequest() {
    // 64 sequences × ~750 tokens want ~48k tokens; 12k tokens of cache forces evictions.
    SimulationResult result = runWithKvTokens(12_000);

    assertThat(result.preemptions()).isPositive();
    assertThat(result.completed() + result.rejected()).isEqualTo(5_000);
  }

  @Test
  void ampleKvCacheNeverPreempts() {
    SimulationResult result = runWithKvTokens(1_000_000);

    assertThat(result.preemptions()).isZero();
    assertThat(result.rejected()).isZero();
  }

  @Test
  void occupancySeriesIsBoundedAndWithinCapacity() {
    SimulationResult result = runWithKvTokens(12_000);

    assertThat(result.kvOccupancy()).hasSizeBetween(OccupancySeries.MAX_POINTS / 2,
        OccupancySeries.MAX_POINTS);
    assertThat(result.kvOccupancy()).allSatisfy(sample ->
        assertThat(sample.occupancy()).isBetween(0.0, 1.0));
    double peak = result.kvOccupancy().stream().mapToDouble(KvSample::occupancy).max().orElseThrow();
    assertThat(peak).isGreaterThan(0.8);
  }
}
