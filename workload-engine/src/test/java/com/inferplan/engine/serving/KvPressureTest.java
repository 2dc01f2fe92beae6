package com.inferplan.engine.serving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.inferplan.engine.serving.validation.InvalidInputException;
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

  @Test
  void everyRunningSequenceHoldsItsLinearAttentionStateInTheCache() {
    SimulationResult stateless = runWithState(100_000, 0);
    SimulationResult hybrid = runWithState(100_000, 2_000);
    assertThat(hybrid.completed()).isEqualTo(stateless.completed());
    assertThat(peakOccupancy(hybrid)).isGreaterThan(peakOccupancy(stateless));
  }

  @Test
  void aWorkloadWhoseStateAloneOverflowsTheCacheIsRefusedUpFront() {
    assertThatThrownBy(() -> runWithState(12_000, 12_000))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("none fits one replica");
  }

  private static SimulationResult runWithState(long kvCapacityTokens, long stateTokens) {
    StepTimeModel base = Fixtures.batchingReplica(kvCapacityTokens, 64);
    StepTimeModel withState = new StepTimeModel() {
      @Override
      public double iterationSeconds(int decodeSequences, long decodeContextTokens, int prefillTokens,
          long prefillAttendedTokens) {
        return base.iterationSeconds(decodeSequences, decodeContextTokens, prefillTokens, prefillAttendedTokens);
      }

      @Override
      public long kvCapacityTokens() {
        return base.kvCapacityTokens();
      }

      @Override
      public int maxBatch() {
        return base.maxBatch();
      }

      @Override
      public long stateTokensPerSequence() {
        return stateTokens;
      }
    };
    return ServingSimulator.run(Fixtures.chatWorkload(2.5, 5_000, 11), withState,
        Fixtures.singleReplica(SchedulerConfig.vllmDefaults()));
  }

  private static double peakOccupancy(SimulationResult result) {
    return result.kvOccupancy().stream().mapToDouble(KvSample::occupancy).max().orElseThrow();
  }
}
