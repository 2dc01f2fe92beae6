package com.inferplan.engine.serving;

import com.inferplan.engine.serving.validation.Require;

/**
 * Iteration time linear in the work of the batch: a fixed per-iteration overhead plus a cost per
 * decode sequence, per KV token read in decode, per prompt token and per attended prompt position.
 * This is the shape Vidur-style profilers fit to measurements; it also serves as the analytic
 * reference in tests (batch 1 with only prefill cost gives a single-server queue).
 */
public record AffineStepTimeModel(
    double fixedSeconds,
    double secondsPerDecodeSequence,
    double secondsPerDecodeContextToken,
    double secondsPerPrefillToken,
    double secondsPerAttendedToken,
    long kvCapacityTokens,
    int maxBatch) implements StepTimeModel {

  public AffineStepTimeModel {
    Require.nonNegative("fixedSeconds", fixedSeconds);
    Require.nonNegative("secondsPerDecodeSequence", secondsPerDecodeSequence);
    Require.nonNegative("secondsPerDecodeContextToken", secondsPerDecodeContextToken);
    Require.nonNegative("secondsPerPrefillToken", secondsPerPrefillToken);
    Require.nonNegative("secondsPerAttendedToken", secondsPerAttendedToken);
    Require.positive("kvCapacityTokens", kvCapacityTokens);
    Require.positive("maxBatch", maxBatch);
  }

  @Override
  public double iterationSeconds(int decodeSequences, long decodeContextTokens, int prefillTokens,
      long prefillAttendedTokens) {
    return fixedSeconds
        + secondsPerDecodeSequence * decodeSequences
        + secondsPerDecodeContextToken * decodeContextTokens
        + secondsPerPrefillToken * prefillTokens
        + secondsPerAttendedToken * prefillAttendedTokens;
  }
}
