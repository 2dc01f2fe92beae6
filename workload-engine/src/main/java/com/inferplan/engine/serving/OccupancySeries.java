package com.inferplan.engine.serving;

import java.util.ArrayList;
import java.util.List;

/**
 * Time-weighted average of a piecewise-constant signal in at most {@link #MAX_POINTS} equal-width
 * buckets. The run length is unknown in advance, so buckets start narrow and, whenever the series
 * would overflow, neighbours are merged pairwise and the width doubles. Memory is constant.
 */
final class OccupancySeries {

  static final int MAX_POINTS = 256;
  private static final double INITIAL_BUCKET_SECONDS = 0.01;

  private final double startSeconds;
  private final double[] integral = new double[MAX_POINTS];
  private double bucketSeconds = INITIAL_BUCKET_SECONDS;
  private double coveredUntil;

  OccupancySeries(double startSeconds) {
    this.startSeconds = startSeconds;
    this.coveredUntil = startSeconds;
  }

  /** The signal had {@code value} from the previous call's time until {@code untilSeconds}. */
  void hold(double value, double untilSeconds) {
    while (untilSeconds - startSeconds > MAX_POINTS * bucketSeconds) {
      mergePairs();
    }
    double from = coveredUntil;
    int first = bucketOf(from);
    int last = bucketOf(untilSeconds);
    for (int bucket = first; bucket <= last; bucket++) {
      double segmentStart = bucket == first ? from : startSeconds + bucket * bucketSeconds;
      double segmentEnd = bucket == last ? untilSeconds : startSeconds + (bucket + 1) * bucketSeconds;
      if (segmentEnd > segmentStart) {
        integral[bucket] += value * (segmentEnd - segmentStart);
      }
    }
    coveredUntil = Math.max(coveredUntil, untilSeconds);
  }

  private int bucketOf(double timeSeconds) {
    return Math.min(MAX_POINTS - 1, (int) ((timeSeconds - startSeconds) / bucketSeconds));
  }

  private void mergePairs() {
    for (int i = 0; i < MAX_POINTS / 2; i++) {
      integral[i] = integral[2 * i] + integral[2 * i + 1];
    }
    for (int i = MAX_POINTS / 2; i < MAX_POINTS; i++) {
      integral[i] = 0;
    }
    bucketSeconds *= 2;
  }

  List<KvSample> samples() {
    List<KvSample> samples = new ArrayList<>();
    for (int i = 0; i < MAX_POINTS; i++) {
      double from = startSeconds + i * bucketSeconds;
      double to = Math.min(coveredUntil, from + bucketSeconds);
      if (to <= from) {
        break;
      }
      samples.add(new KvSample((from + to) / 2, integral[i] / (to - from)));
    }
    return samples;
  }
}
