package com.inferplan.engine.serving.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.inferplan.engine.serving.validation.InvalidInputException;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

class QuantileSketchTest {

  private static final double[] QUANTILES = {0.0, 0.01, 0.5, 0.9, 0.99, 0.999, 1.0};

  /** Heavy-tailed latencies from 1 ms to minutes: lognormal, median 0.2 s, sigma 1.5. */
  private static double[] latencies(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      values[i] = 0.2 * Math.exp(1.5 * random.nextGaussian());
    }
    return values;
  }

  private static double exactNearestRank(double[] sorted, double q) {
    int rank = Math.max(0, (int) Math.ceil(q * sorted.length) - 1);
    return sorted[rank];
  }

  @Test
  void everyQuantileIsWithinTheStatedRelativeError() {
    double[] values = latencies(100_000, 1);
    QuantileSketch sketch = new QuantileSketch();
    Arrays.stream(values).forEach(sketch::add);
    Arrays.sort(values);

    for (double q : QUANTILES) {
      double exact = exactNearestRank(values, q);
      assertThat(sketch.quantile(q))
          .as("q=%s", q)
          .isCloseTo(exact, Percentage.withPercentage(100 * QuantileSketch.RELATIVE_ACCURACY));
    }
  }

  @Test
  void meanIsExact() {
    QuantileSketch sketch = new QuantileSketch();
    sketch.add(0.1);
    sketch.add(0.2);
    sketch.add(0.6);

    assertThat(sketch.mean()).isCloseTo(0.3, within(1e-15));
  }

  @Test
  void mergedSketchEqualsSketchOfAllValues() {
    double[] first = latencies(10_000, 2);
    double[] second = latencies(10_000, 3);
    QuantileSketch a = new QuantileSketch();
    QuantileSketch b = new QuantileSketch();
    QuantileSketch all = new QuantileSketch();
    Arrays.stream(first).forEach(v -> { a.add(v); all.add(v); });
    Arrays.stream(second).forEach(v -> { b.add(v); all.add(v); });

    a.merge(b);

    assertThat(a.count()).isEqualTo(20_000);
    for (double q : QUANTILES) {
      assertThat(a.quantile(q)).isEqualTo(all.quantile(q));
    }
  }

  @Test
  void valuesBelowOneNanosecondCountAsZero() {
    QuantileSketch sketch = new QuantileSketch();
    sketch.add(0);
    sketch.add(1e-12);
    sketch.add(1.0);

    assertThat(sketch.quantile(0.5)).isZero();
    assertThat(sketch.quantile(1.0)).isCloseTo(1.0, Percentage.withPercentage(0.5));
  }

  @Test
  void emptySketchReportsZeroNotNaN() {
    assertThat(new QuantileSketch().quantile(0.99)).isZero();
    assertThat(new QuantileSketch().mean()).isZero();
  }

  @Test
  void negativeValueIsRejected() {
    assertThatThrownBy(() -> new QuantileSketch().add(-1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("sketch value = -1.0");
  }
}
