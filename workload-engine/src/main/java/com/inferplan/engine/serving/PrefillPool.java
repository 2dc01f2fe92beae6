package com.inferplan.engine.serving;

import java.util.ArrayDeque;
import java.util.PriorityQueue;

/**
 * The prefill workers of a disaggregated deployment, fed from one queue: a free worker starts an
 * iteration as soon as a prompt waits, taking the waiting prompts in arrival order while they fit
 * its token budget (whole prompts, as TensorRT-LLM's context servers run them; a prompt longer than
 * the budget runs alone) and its prompt limit. The iteration lasts the prefill of its prompts
 * together; their KV is ready when it ends.
 */
final class PrefillPool {

  /** Receives each prompt whose prefill has been scheduled: the client's send time and when its KV is ready. */
  interface ReadyListener {
    void ready(double sentSeconds, double kvReadySeconds);
  }

  private final double[] freeAt;
  private final PrefillWorkers workers;
  private final int promptTokens;
  /** Prompts sent but not yet at the pool: (arrival, send time), earliest arrival first. */
  private final PriorityQueue<double[]> inTransit = new PriorityQueue<>((a, b) -> Double.compare(a[0], b[0]));
  private final ArrayDeque<double[]> waiting = new ArrayDeque<>();

  PrefillPool(PrefillWorkers workers, int promptTokens) {
    this.workers = workers;
    this.freeAt = new double[workers.workers()];
    this.promptTokens = promptTokens;
  }

  void offer(double arrivalSeconds, double sentSeconds) {
    inTransit.add(new double[] {arrivalSeconds, sentSeconds});
  }

  /** No prompt waits, travels or runs: nothing can become ready before a new one is offered. */
  boolean idle(double now) {
    return inTransit.isEmpty() && waiting.isEmpty() && latestFree() <= now;
  }

  /** When the next iteration could start; infinite when no prompt is waiting or on its way. */
  double nextStart() {
    if (waiting.isEmpty() && inTransit.isEmpty()) {
      return Double.POSITIVE_INFINITY;
    }
    double firstArrival = waiting.isEmpty() ? inTransit.peek()[0] : waiting.peekFirst()[0];
    return Math.max(freeAt[earliestFree()], firstArrival);
  }

  /** Starts every iteration that begins at or before {@code until}, in time order. */
  void advanceTo(double until, ReadyListener listener) {
    for (double start = nextStart(); start <= until; start = nextStart()) {
      while (!inTransit.isEmpty() && inTransit.peek()[0] <= start) {
        waiting.addLast(inTransit.poll());
      }
      int worker = earliestFree();
      int prompts = 0;
      double[][] batch = new double[Math.min(waiting.size(), workers.maxPrompts())][];
      while (!waiting.isEmpty() && prompts < batch.length
          && (prompts == 0 || (long) (prompts + 1) * promptTokens <= workers.tokenBudget())) {
        batch[prompts++] = waiting.pollFirst();
      }
      double end = start + workers.time().seconds(prompts);
      freeAt[worker] = end;
      for (int i = 0; i < prompts; i++) {
        listener.ready(batch[i][1], end);
      }
    }
  }

  private int earliestFree() {
    int best = 0;
    for (int w = 1; w < freeAt.length; w++) {
      if (freeAt[w] < freeAt[best]) {
        best = w;
      }
    }
    return best;
  }

  private double latestFree() {
    double latest = 0;
    for (double t : freeAt) {
      latest = Math.max(latest, t);
    }
    return latest;
  }
}
