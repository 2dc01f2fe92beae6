package com.inferplan.engine.serving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.inferplan.engine.serving.workload.LengthDistribution;
import com.inferplan.engine.serving.workload.PoissonArrivals;
import com.inferplan.engine.serving.workload.SyntheticWorkload;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

/**
 * With batch size 1 and one-token outputs the replica is a single FIFO server whose service time
 * is the prompt length times a per-token cost, so the Pollaczek–Khinchine formula
 * Wq = λ·E[S²] / (2(1−ρ)) gives the mean queueing delay.
 */
class QueueingTheoryAgreementTest {

  private static final double SECONDS_PER_TOKEN = 1e-4;
  private static final int REQUESTS = 200_000;

  @Test
  void deterministicServiceReproducesMD1MeanWait() {
    // S = 1000 tokens × 0.1 ms = 0.1 s; λ = 7/s → ρ = 0.7; Wq = ρ·S / (2(1−ρ)) = 0.07/0.6 s = 116.67 ms
    SimulationResult result = runSingleServer(7, LengthDistribution.fixed(1000));

    assertThat(result.queueing().meanMs()).isCloseTo(116.67, Percentage.withPercentage(3));
    assertThat(result.utilization()).isCloseTo(0.7, within(0.01));
  }

  @Test
  void exponentialServiceReproducesMM1MeanWait() {
    // E[S] = 2000 tokens × 0.1 ms = 0.2 s; λ = 2.5/s → ρ = 0.5; Wq = ρ·E[S]/(1−ρ) = 0.2 s = 200 ms
    SimulationResult result = runSingleServer(2.5, new Fixtures.ExponentialLength(2000));

    assertThat(result.queueing().meanMs()).isCloseTo(200, Percentage.withPercentage(3));
    assertThat(result.utilization()).isCloseTo(0.5, within(0.01));
  }

  @Test
  void endToEndIsQueueingPlusService() {
    // M/D/1 as above: W = Wq + S = 116.67 + 100 ms; TTFT equals E2E for one-token outputs
    SimulationResult result = runSingleServer(7, LengthDistribution.fixed(1000));

    assertThat(result.endToEnd().meanMs())
        .isCloseTo(result.queueing().meanMs() + 100, within(1e-6));
    assertThat(result.ttft().meanMs()).isCloseTo(result.endToEnd().meanMs(), within(1e-6));
  }

  private static SimulationResult runSingleServer(double rate, LengthDistribution prompts) {
    SyntheticWorkload workload = new SyntheticWorkload(new PoissonArrivals(rate), prompts,
        LengthDistribution.fixed(1), REQUESTS, 42);
    return ServingSimulator.run(workload, Fixtures.singleServer(SECONDS_PER_TOKEN),
        Fixtures.singleReplica(SchedulerConfig.vllmDefaults()));
  }
}
