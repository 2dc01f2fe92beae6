package com.inferplan.engine.serving.workload;

/**
 * Cursor over a workload's requests in arrival order. A cursor rather than a list keeps memory
 * flat in the number of requests: the simulator reads one request at a time.
 */
public interface RequestStream extends AutoCloseable {

  /** Moves to the next request; false when there are no more. */
  boolean advance();

  /** Arrival time of the current request, seconds from the start of the workload. */
  double arrivalSeconds();

  int inputTokens();

  int outputTokens();

  @Override
  void close();
}
