package com.inferplan.engine.serving;

import com.inferplan.engine.serving.validation.InvalidInputException;
import com.inferplan.engine.serving.validation.Require;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * A benchmark's closed loop over one decode worker of a disaggregated deployment and its share of
 * the prefill workers. As in {@link ClosedLoopRun} the clients start together and each sends its
 * next request when the last one ends; every request is measured from the start. A request is
 * handled by the prefill side's server (uniform in [0, 2 × handling]), queues for a prefill
 * iteration ({@link PrefillPool}), has its KV sent ({@code transferSeconds}) and handled again by the
 * decode worker's server, then joins the decode worker, whose scheduler ({@code landing}) takes the
 * landed sequences into its next iteration; its first token comes at the end of that iteration.
 */
public final class DisaggregatedClosedLoop implements ReplicaEngine.FinishListener {

  private final int inputTokens;
  private final int outputTokens;
  private final long lastRequest;
  private final double handlingSeconds;
  private final double transferSeconds;
  private final RequestTable requests = new RequestTable();
  private final ReplicaEngine engine;
  private final PrefillPool prefill;
  private final SplittableRandom random = new SplittableRandom(10);
  /** Sequences whose KV is on its way to the decode worker: (landing, send time). */
  private final PriorityQueue<double[]> landing = new PriorityQueue<>((a, b) -> Double.compare(a[0], b[0]));
  private final MeasuredRequests measured;
  private long issued;
  private long events;

  private DisaggregatedClosedLoop(StepTimeModel decode, SchedulerConfig landingScheduler, PrefillWorkers workers,
      int inputTokens, int outputTokens, int measuredRequests, double handlingSeconds, double transferSeconds) {
    this.inputTokens = inputTokens;
    this.outputTokens = outputTokens;
    this.lastRequest = measuredRequests;
    this.measured = new MeasuredRequests(outputTokens);
    this.handlingSeconds = handlingSeconds;
    this.transferSeconds = transferSeconds;
    this.engine = new ReplicaEngine(decode, landingScheduler, requests, this, true);
    this.prefill = new PrefillPool(workers, inputTokens);
  }

  /**
   * @param decode the decode worker's iterations, in which a landed sequence's prompt costs nothing
   * @throws InvalidInputException when one request alone cannot be held by the decode worker
   */
  public static ClosedLoopResult run(StepTimeModel decode, SchedulerConfig landing, PrefillWorkers workers,
      int clients, int inputTokens, int outputTokens, int measuredRequests, double handlingSeconds,
      double transferSeconds) {
    MeasuredRequests.checkLoad(clients, inputTokens, outputTokens, measuredRequests);
    Require.nonNegative("handlingSeconds", handlingSeconds);
    Require.nonNegative("transferSeconds", transferSeconds);
    DisaggregatedClosedLoop run = new DisaggregatedClosedLoop(decode, landing, workers, inputTokens, outputTokens,
        measuredRequests, handlingSeconds, transferSeconds);
    if (!run.engine.canEverServe(inputTokens, outputTokens)) {
      throw new InvalidInputException("request", inputTokens + " + " + outputTokens + " tokens",
          "does not fit the decode worker's KV cache (" + decode.kvCapacityTokens() + " tokens)");
    }
    return run.execute(clients);
  }

  private ClosedLoopResult execute(int clients) {
    for (int i = 0; i < clients; i++) {
      send(0);
    }
    double now = 0;
    while (measured.count() < lastRequest) {
      prefill.advanceTo(now, this::kvReady);
      while (!landing.isEmpty() && landing.peek()[0] <= now) {
        engine.enqueue(requests.add(landing.poll()[1], inputTokens, outputTokens));
      }
      engine.fastForward(landing.isEmpty() && prefill.idle(now));
      if (!engine.startIteration(now)) {
        double next = Math.min(prefill.nextStart(), landing.isEmpty() ? Double.POSITIVE_INFINITY : landing.peek()[0]);
        if (Double.isInfinite(next)) {
          throw new IllegalStateException("disaggregated loop stalled with requests outstanding");
        }
        now = next;
        continue;
      }
      double end = engine.iterationEnd();
      // prefill iterations starting inside this decode iteration take only prompts already sent
      prefill.advanceTo(end, this::kvReady);
      now = end;
      engine.completeIteration(now);
      events++;
    }
    return measured.result(events);
  }

  private void send(double sentSeconds) {
    prefill.offer(sentSeconds + handling(), sentSeconds);
    issued++;
  }

  private void kvReady(double sentSeconds, double readySeconds) {
    landing.add(new double[] {readySeconds + transferSeconds + handling(), sentSeconds});
  }

  private double handling() {
    return handlingSeconds > 0 ? random.nextDouble(2 * handlingSeconds) : 0;
  }

  @Override
  public void finished(int requestId, double now) {
    measured.finish(requests, requestId, now);
    if (issued < lastRequest) {
      send(now);
    }
  }
}
