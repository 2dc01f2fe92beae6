package com.inferplan.engine.serving;

/**
 * The decoding sequences of one replica. They all write one token per decode iteration, so each is
 * described once, when it joins, by {@code base} with KV length {@code base + iteration}; the sum
 * of their KV lengths is a running total and they finish from a heap keyed by iteration. Nothing
 * here loops over the batch.
 */
final class DecodingSequences {

  private final RunningSlots slots;
  private final PagedKvCache kv;
  private long iteration;
  private int count;
  private long kvTokens;

  DecodingSequences(RunningSlots slots, PagedKvCache kv) {
    this.slots = slots;
    this.kv = kv;
  }

  int count() {
    return count;
  }

  /** Σ KV lengths the next decode iteration attends to (each including its new token). */
  long nextContextTokens() {
    return kvTokens + count;
  }

  /** KV blocks the next decode iteration must allocate. */
  int blocksNeededNext() {
    return kv.blocksNeededAt(iteration + 1);
  }

  void advance(long iterations) {
    iteration += iterations;
    kvTokens += count * iterations;
  }

  /** Decode iterations until the earliest decoder finishes (1 = the next one). */
  long iterationsToNextFinish() {
    return Math.max(1, slots.nextFinishIteration() - iteration);
  }

  /** KV blocks the {@code iterations} decode iterations after the next one must allocate. */
  long blocksNeededAfterNext(long iterations) {
    return kv.blocksNeededOver(iteration + 2, iterations);
  }

  /** A sequence whose prefill just produced token {@code generated} of {@code outputTokens}. */
  void join(int slot, int kvTokensNow, int generated, int outputTokens) {
    long base = kvTokensNow - iteration;
    slots.startDecoding(slot, base, kv.addDecoder(base), iteration, generated,
        iteration + outputTokens - generated);
    count++;
    kvTokens += kvTokensNow;
  }

  /** Removes a decoder and frees its KV blocks; returns the tokens it has generated. */
  int drop(int slot) {
    long kvTokensNow = slots.kvBase[slot] + iteration;
    kv.release(kv.blocksFor(kvTokensNow));
    kv.removeDecoder(slots.residue[slot]);
    slots.stopDecoding(slot);
    count--;
    kvTokens -= kvTokensNow;
    return slots.generatedAtJoin[slot] + (int) (iteration - slots.joinIteration[slot]);
  }

  boolean hasFinishDue() {
    return slots.hasFinishDue(iteration);
  }

  int nextToFinish() {
    return slots.nextToFinish();
  }
}
