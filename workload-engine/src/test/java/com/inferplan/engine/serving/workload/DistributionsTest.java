package com.inferplan.engine.serving.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.inferplan.engine.serving.validation.InvalidInputException;
import java.util.SplittableRandom;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

class DistributionsTest {

  private static final int N = 200_000;

  @Test
  void lognormalIsParameterisedByItsMean() {
    // sigma 1: the median is mean·e^(−1/2) ≈ 0.61·mean, yet the sample mean must be ≈ mean.
    LengthDistribution lengths = LengthDistribution.lognormal(1000, 1.0, 1_000_000);
    SplittableRandom random = new SplittableRandom(1);
    double sum = 0;
    for (int i = 0; i < N; i++) {
      sum += lengths.sample(random);
    }
    assertThat(sum / N).isCloseTo(1000, Percentage.withPercentage(1.5));
  }

  @Test
  void lognormalSamplesAreClippedToTheContextLimit() {
    LengthDistribution lengths = LengthDistribution.lognormal(1000, 3.0, 4096);
    SplittableRandom random = new SplittableRandom(2);
    for (int i = 0; i < 10_000; i++) {
      assertThat(lengths.sample(random)).isBetween(1, 4096);
    }
  }

  @Test
  void empiricalResamplesOnlyObservedLengths() {
    LengthDistribution lengths = LengthDistribution.empirical(10, 20, 60);
    SplittableRandom random = new SplittableRandom(3);

    assertThat(lengths.meanTokens()).isEqualTo(30);
    for (int i = 0; i < 1_000; i++) {
      assertThat(lengths.sample(random)).isIn(10, 20, 60);
    }
  }

  @Test
  void gammaArrivalsHaveTheRequestedRateAndBurstiness() {
    // burstiness = squared coefficient of variation of the gaps; mean gap = 1/rate = 0.1 s
    ArrivalProcess arrivals = new GammaArrivals(10, 4);
    SplittableRandom random = new SplittableRandom(4);
    double sum = 0;
    double sumSquares = 0;
    for (int i = 0; i < N; i++) {
      double gap = arrivals.nextGapSeconds(random);
      sum += gap;
      sumSquares += gap * gap;
    }
    double mean = sum / N;
    double variance = sumSquares / N - mean * mean;

    assertThat(mean).isCloseTo(0.1, Percentage.withPercentage(2));
    assertThat(variance / (mean * mean)).isCloseTo(4, Percentage.withPercentage(5));
  }

  @Test
  void gammaWithBurstinessOneMatchesPoissonMoments() {
    ArrivalProcess arrivals = new GammaArrivals(2, 1);
    SplittableRandom random = new SplittableRandom(5);
    double sum = 0;
    for (int i = 0; i < N; i++) {
      sum += arrivals.nextGapSeconds(random);
    }
    assertThat(sum / N).isCloseTo(0.5, Percentage.withPercentage(1));
  }

  @Test
  void sameRequestsAtAnotherRateArriveProportionallyEarlier() {
    SyntheticWorkload slow = new SyntheticWorkload(new PoissonArrivals(1),
        LengthDistribution.lognormal(500, 1, 8000), LengthDistribution.fixed(50), 100, 7);
    SyntheticWorkload fast = slow.withRate(4);
    try (RequestStream a = slow.open(); RequestStream b = fast.open()) {
      while (a.advance() && b.advance()) {
        assertThat(b.arrivalSeconds()).isCloseTo(a.arrivalSeconds() / 4, Percentage.withPercentage(1e-9));
        assertThat(b.inputTokens()).isEqualTo(a.inputTokens());
      }
    }
  }

  @Test
  void emptyEmpiricalSampleIsRejected() {
    assertThatThrownBy(() -> LengthDistribution.empirical())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("samples");
  }
}
