package com.inferplan.engine.serving;

import com.inferplan.engine.serving.validation.Require;

/**
 * What a closed-loop benchmark averages over its measured requests: TTFT from the client's send,
 * TPOT = (finish − first token) / (output − 1), and output tokens per second over the span from
 * the first send to the last finish.
 */
final class MeasuredRequests {

  private final int outputTokens;
  private long count;
  private double ttftSum;
  private double tpotSum;
  private double firstSent = Double.NaN;
  private double lastFinish;

  /** The checks every closed loop makes of its load before running. */
  static void checkLoad(int clients, int inputTokens, int outputTokens, int measuredRequests) {
    Require.positive("clients", clients);
    Require.positive("inputTokens", inputTokens);
    Require.positive("outputTokens", outputTokens);
    Require.positive("measuredRequests", measuredRequests);
  }

  MeasuredRequests(int outputTokens) {
    this.outputTokens = outputTokens;
  }

  /** Measures a finished request of {@code table} and frees its row. */
  void finish(RequestTable table, int requestId, double finishSeconds) {
    add(table.arrival[requestId], table.firstToken[requestId], finishSeconds);
    table.release(requestId);
  }

  private void add(double sentSeconds, double firstTokenSeconds, double finishSeconds) {
    ttftSum += firstTokenSeconds - sentSeconds;
    tpotSum += outputTokens > 1 ? (finishSeconds - firstTokenSeconds) / (outputTokens - 1) : 0;
    if (Double.isNaN(firstSent) || sentSeconds < firstSent) {
      firstSent = sentSeconds;
    }
    lastFinish = Math.max(lastFinish, finishSeconds);
    count++;
  }

  long count() {
    return count;
  }

  ClosedLoopResult result(long events) {
    return new ClosedLoopResult(ttftSum / count, tpotSum / count, count * outputTokens / (lastFinish - firstSent),
        count, events);
  }
}
