package com.inferplan.engine.serving;

import java.util.Arrays;

/**
 * State of the requests currently in the system, as parallel primitive arrays indexed by a
 * recycled id. Capacity tracks the peak number in flight, not the number simulated.
 */
final class RequestTable {

  private static final double NOT_YET = -1;

  double[] arrival = new double[64];
  double[] admitted = new double[64];
  double[] firstToken = new double[64];
  int[] input = new int[64];
  int[] output = new int[64];
  /** Output tokens produced so far; recomputation after preemption keeps them. */
  int[] generated = new int[64];

  private int[] free = new int[64];
  private int freeCount;
  private int highWater;

  int add(double arrivalSeconds, int inputTokens, int outputTokens) {
    int id = freeCount > 0 ? free[--freeCount] : newId();
    arrival[id] = arrivalSeconds;
    admitted[id] = NOT_YET;
    firstToken[id] = NOT_YET;
    input[id] = inputTokens;
    output[id] = outputTokens;
    generated[id] = 0;
    return id;
  }

  void release(int id) {
    if (freeCount == free.length) {
      free = Arrays.copyOf(free, free.length * 2);
    }
    free[freeCount++] = id;
  }

  boolean wasAdmitted(int id) {
    return admitted[id] != NOT_YET;
  }

  /** Tokens a (re)admitted request must prefill: its prompt plus any output already produced. */
  int prefillTarget(int id) {
    return input[id] + generated[id];
  }

  private int newId() {
    if (highWater == arrival.length) {
      int size = arrival.length * 2;
      arrival = Arrays.copyOf(arrival, size);
      admitted = Arrays.copyOf(admitted, size);
      firstToken = Arrays.copyOf(firstToken, size);
      input = Arrays.copyOf(input, size);
      output = Arrays.copyOf(output, size);
      generated = Arrays.copyOf(generated, size);
    }
    return highWater++;
  }
}
