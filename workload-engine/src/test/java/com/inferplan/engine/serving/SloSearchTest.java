package com.inferplan.engine.serving;

import static org.assertj.core.api.Assertions.assertThat;

import com.inferplan.engine.serving.SloSearchResult.Outcome;
import com.inferplan.engine.serving.workload.LengthDistribution;
import com.inferplan.engine.serving.workload.PoissonArrivals;
import com.inferplan.engine.serving.workload.SyntheticWorkload;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

class SloSearchTest {

  /**
   * M/D/1 with S = 0.1 s (1,000 tokens × 0.1 ms) and one output token, so TTFT = wait + S. With
   * a 50% attainment target the SLO asks for median TTFT ≤ limit. For M/D/1 the waiting time is 0
   * with probability 1 − ρ, so median wait = 0 while ρ ≤ 0.5 and TTFT = S = 100 ms: a limit of
   * 100.5 ms is met up to ρ = 0.5, i.e. λ = 5/s, and missed just above.
   */
  @Test
  void findsTheAnalyticThresholdOfAnMD1Queue() {
    SyntheticWorkload workload = new SyntheticWorkload(new PoissonArrivals(1),
        LengthDistribution.fixed(1000), LengthDistribution.fixed(1), 100_000, 9);
    SimulationConfig config = Fixtures.singleReplica(SchedulerConfig.vllmDefaults())
        .withSlo(new Slo(100.5, 1e9, 50));
    List<Double> progress = new ArrayList<>();

    SloSearchResult result = SloSearch.highestRate(workload, Fixtures.singleServer(1e-4), config,
        new RateBounds(0.5, 50, 0.01), new RunControl(progress::add, () -> false));

    assertThat(result.outcome()).isEqualTo(Outcome.FOUND);
    assertThat(result.ratePerSecond()).isCloseTo(5, Percentage.withPercentage(3));
    assertThat(result.atRate().goodput().attained()).isTrue();
    assertThat(progress).isSorted().last().isEqualTo(1.0);
  }

  @Test
  void reportsWhenEvenTheLowestRateMissesTheSlo() {
    // TTFT can never be below the 100 ms service time.
    SyntheticWorkload workload = new SyntheticWorkload(new PoissonArrivals(1),
        LengthDistribution.fixed(1000), LengthDistribution.fixed(1), 1_000, 9);
    SimulationConfig config = Fixtures.singleReplica(SchedulerConfig.vllmDefaults())
        .withSlo(new Slo(50, 1e9, 90));

    SloSearchResult result = SloSearch.highestRate(workload, Fixtures.singleServer(1e-4), config,
        new RateBounds(0.5, 50, 0.01), RunControl.NONE);

    assertThat(result.outcome()).isEqualTo(Outcome.NOT_ATTAINED_AT_MIN);
    assertThat(result.simulations()).isEqualTo(2);
  }
}
