package com.inferplan.engine.serving;

/**
 * A disaggregated decode worker's iterations: a sequence's prompt arrives as KV computed by a
 * prefill worker, so the "prefill" of a landed sequence costs the decode worker nothing; an
 * iteration with nothing to decode (only landings) takes a microsecond.
 */
public record LandedKvSteps(StepTimeModel decode) implements StepTimeModel {

  @Override
  public double iterationSeconds(int decodeSequences, long decodeContextTokens, int prefillTokens,
      long prefillAttendedTokens) {
    return decodeSequences > 0 ? decode.iterationSeconds(decodeSequences, decodeContextTokens, 0, 0) : 1e-6;
  }

  @Override
  public long kvCapacityTokens() {
    return decode.kvCapacityTokens();
  }

  @Override
  public int maxBatch() {
    return decode.maxBatch();
  }

  @Override
  public long stateTokensPerSequence() {
    return decode.stateTokensPerSequence();
  }
}
