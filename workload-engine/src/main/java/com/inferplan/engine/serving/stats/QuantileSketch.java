package com.inferplan.engine.serving.stats;

import com.inferplan.engine.serving.validation.InvalidInputException;

/**
 * Mergeable quantile sketch for non-negative durations with a guaranteed relative error
 * (a fixed-range variant of DDSketch, Masson et al., VLDB 2019).
 *
 * <p>Bucket {@code i} holds values in {@code (MIN·γ^(i-1), MIN·γ^i]} with
 * {@code γ = (1+α)/(1-α)}; reporting the bucket's representative {@code 2·MIN·γ^i/(γ+1)} is within
 * relative error α of every value in it, so any quantile is within α of the exact order statistic.
 * Values below {@link #MIN_TRACKED} are counted as zero (absolute error below 1 ns). Memory is a
 * fixed {@value #BUCKETS}-entry array, independent of how many values are added.
 */
public final class QuantileSketch {

  /** Guaranteed relative error α of every quantile. */
  public static final double RELATIVE_ACCURACY = 0.005;
  /** Smallest value resolved, in the caller's unit (seconds in the simulator: 1 ns). */
  public static final double MIN_TRACKED = 1e-9;
  /** Largest value accepted (seconds in the simulator: about 31 years). */
  public static final double MAX_TRACKED = 1e9;

  private static final double GAMMA = (1 + RELATIVE_ACCURACY) / (1 - RELATIVE_ACCURACY);
  private static final double LOG_GAMMA = Math.log(GAMMA);
  private static final int BUCKETS = (int) Math.ceil(Math.log(MAX_TRACKED / MIN_TRACKED) / LOG_GAMMA) + 1;

  private final long[] counts = new long[BUCKETS];
  private long zeroCount;
  private long count;
  private double sum;

  public void add(double value) {
    if (!(value >= 0) || value > MAX_TRACKED) {
      throw new InvalidInputException("sketch value", value,
          "must be in [0, " + MAX_TRACKED + "]");
    }
    count++;
    sum += value;
    if (value < MIN_TRACKED) {
      zeroCount++;
    } else {
      counts[bucketOf(value)]++;
    }
  }

  /** Adds all values of {@code other} to this sketch. */
  public void merge(QuantileSketch other) {
    for (int i = 0; i < BUCKETS; i++) {
      counts[i] += other.counts[i];
    }
    zeroCount += other.zeroCount;
    count += other.count;
    sum += other.sum;
  }

  public long count() {
    return count;
  }

  /** Exact arithmetic mean of the added values; 0 when empty. */
  public double mean() {
    return count == 0 ? 0 : sum / count;
  }

  /**
   * The nearest-rank q-quantile, the {@code ceil(q·n)}-th smallest value (the smallest for q = 0),
   * within relative error {@link #RELATIVE_ACCURACY}; 0 when empty.
   */
  public double quantile(double q) {
    if (!(q >= 0 && q <= 1)) {
      throw new InvalidInputException("quantile", q, "must be in [0, 1]");
    }
    if (count == 0) {
      return 0;
    }
    long rank = Math.max(0, (long) Math.ceil(q * count) - 1);
    long seen = zeroCount;
    if (seen > rank) {
      return 0;
    }
    for (int i = 0; i < BUCKETS; i++) {
      seen += counts[i];
      if (seen > rank) {
        return representative(i);
      }
    }
    throw new IllegalStateException("bucket counts do not add up to " + count);
  }

  private static int bucketOf(double value) {
    int index = (int) Math.ceil(Math.log(value / MIN_TRACKED) / LOG_GAMMA);
    return Math.max(0, Math.min(BUCKETS - 1, index));
  }

  private static double representative(int bucket) {
    return MIN_TRACKED * Math.pow(GAMMA, bucket) * 2 / (GAMMA + 1);
  }
}
