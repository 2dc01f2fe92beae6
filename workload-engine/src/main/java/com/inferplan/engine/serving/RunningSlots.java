package com.inferplan.engine.serving;

/**
 * The {@code maxBatch} sequence slots of one replica: per-slot state as parallel arrays, the
 * running sequences in admission order (preemption takes the latest), the prefilling ones in FIFO
 * order, and a heap of decoders keyed by the decode iteration in which they finish.
 */
final class RunningSlots {

  final int[] request;
  final int[] prefillTarget;
  final int[] prefilled;
  /** Prompt tokens scheduled for the iteration in flight; 0 when none. */
  final int[] chunk;
  /** KV length at decode iteration k is {@code kvBase + k}. */
  final long[] kvBase;
  final int[] residue;
  final long[] joinIteration;
  final int[] generatedAtJoin;

  private final boolean[] decoding;
  private final SlotList running;
  private final SlotList prefilling;
  private final IndexedMinHeap finishIteration;
  private final int[] freeSlots;
  private int freeCount;

  RunningSlots(int capacity) {
    request = new int[capacity];
    prefillTarget = new int[capacity];
    prefilled = new int[capacity];
    chunk = new int[capacity];
    kvBase = new long[capacity];
    residue = new int[capacity];
    joinIteration = new long[capacity];
    generatedAtJoin = new int[capacity];
    decoding = new boolean[capacity];
    running = new SlotList(capacity);
    prefilling = new SlotList(capacity);
    finishIteration = new IndexedMinHeap(capacity);
    freeSlots = new int[capacity];
    for (int i = 0; i < capacity; i++) {
      freeSlots[i] = capacity - 1 - i;
    }
    freeCount = capacity;
  }

  int running() {
    return freeSlots.length - freeCount;
  }

  boolean hasFree() {
    return freeCount > 0;
  }

  SlotList prefilling() {
    return prefilling;
  }

  int latestAdmitted() {
    return running.tail();
  }

  boolean isDecoding(int slot) {
    return decoding[slot];
  }

  int admit(int requestId, int target) {
    int slot = freeSlots[--freeCount];
    request[slot] = requestId;
    prefillTarget[slot] = target;
    prefilled[slot] = 0;
    chunk[slot] = 0;
    running.addLast(slot);
    prefilling.addLast(slot);
    return slot;
  }

  void startDecoding(int slot, long base, int blockResidue, long iteration, int generated,
      long finishAt) {
    decoding[slot] = true;
    kvBase[slot] = base;
    residue[slot] = blockResidue;
    joinIteration[slot] = iteration;
    generatedAtJoin[slot] = generated;
    finishIteration.put(slot, finishAt);
  }

  void stopDecoding(int slot) {
    decoding[slot] = false;
    finishIteration.remove(slot);
  }

  boolean hasFinishDue(long iteration) {
    return !finishIteration.isEmpty() && finishIteration.minKey() <= iteration;
  }

  /** Decode iteration in which the earliest decoder finishes. */
  long nextFinishIteration() {
    return (long) finishIteration.minKey();
  }

  int nextToFinish() {
    return finishIteration.minItem();
  }

  void release(int slot) {
    running.remove(slot);
    freeSlots[freeCount++] = slot;
  }
}
