package com.inferplan.engine.serving;

/**
 * Duration of one engine iteration under continuous batching, for one replica. The performance
 * model implements it for a real deployment; the simulator calls it once per iteration, so it
 * must be cheap (no allocation) and must return a finite duration > 0.
 */
public interface StepTimeModel {

  /**
   * @param decodeSequences       sequences that each produce one token in this iteration
   * @param decodeContextTokens   sum of their KV context lengths, including the token being produced
   * @param prefillTokens         new prompt tokens processed in the same iteration (chunked prefill)
   * @param prefillAttendedTokens sum over those prompt tokens of the positions each attends to
   *                              (causal: a chunk of c tokens after d cached ones attends to
   *                              c·d + c(c+1)/2)
   * @return iteration duration, seconds
   */
  double iterationSeconds(int decodeSequences, long decodeContextTokens, int prefillTokens,
      long prefillAttendedTokens);

  /** Paged KV-cache capacity of one replica, tokens. */
  long kvCapacityTokens();

  /** Most sequences in flight (prefilling or decoding) on one replica. */
  int maxBatch();

  /** Cache tokens every sequence holds besides its own (linear-attention state); 0 by default. */
  default long stateTokensPerSequence() {
    return 0;
  }
}
