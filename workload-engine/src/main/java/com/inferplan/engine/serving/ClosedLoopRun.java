package com.inferplan.engine.serving;

import com.inferplan.engine.serving.validation.InvalidInputException;
import com.inferplan.engine.serving.validation.Require;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * A benchmark client's closed loop on one replica, as serving benchmarks run it (aiperf, genai-perf,
 * vLLM/SGLang {@code bench_serving} with a concurrency limit): {@code clients} clients start
 * together, each sending a request of the given lengths and the next one the moment its last one
 * ends. A request reaches the scheduler after the server's per-request handling (HTTP, tokenisation,
 * queueing into the engine), drawn uniformly from [0, 2 × {@code requestOverheadSeconds}] with a
 * fixed seed; TTFT counts from the client's send, so it includes that delay. The first
 * {@code measuredRequests} requests are measured, the opening wave included: a benchmark's warm-up
 * is a phase of its own that ends before the measured phase starts its clients together
 * (docs/decisions/0541-measured-phase-starts-together.md). Decode-only stretches between events run
 * as one event each, so a run costs its scheduling events, not its tokens.
 */
public final class ClosedLoopRun implements ReplicaEngine.FinishListener {

  private static final int REQUESTS_PER_CLIENT = 10;

  private final int clients;
  private final int inputTokens;
  private final int outputTokens;
  private final long lastRequest;
  private final RequestTable requests = new RequestTable();
  private final ReplicaEngine engine;
  private long issued;
  private final MeasuredRequests measured;
  private long events;
  private final double requestOverheadSeconds;
  private final SplittableRandom random = new SplittableRandom(10);
  /** Requests sent by their clients, waiting for the server's handling: (arrival at the scheduler, send time). */
  private final PriorityQueue<double[]> inTransit = new PriorityQueue<>((a, b) -> Double.compare(a[0], b[0]));

  private ClosedLoopRun(StepTimeModel model, SchedulerConfig scheduler, int clients, int inputTokens,
      int outputTokens, int measuredRequests, double requestOverheadSeconds) {
    this.requestOverheadSeconds = requestOverheadSeconds;
    this.clients = clients;
    this.inputTokens = inputTokens;
    this.outputTokens = outputTokens;
    this.lastRequest = measuredRequests;
    this.measured = new MeasuredRequests(outputTokens);
    this.engine = new ReplicaEngine(model, scheduler, requests, this, true);
  }

  /**
   * The requests a closed-loop benchmark of {@code clients} clients measures: ten per client, as NVIDIA's
   * Dynamo benchmark scripts run genai-perf and aiperf ({@code --request-count $(($concurrency*10))},
   * warm-up {@code $(($concurrency*2))} as a phase of its own; decision 0545).
   */
  public static int benchmarkRequests(int clients) {
    return REQUESTS_PER_CLIENT * Math.max(1, clients);
  }

  /**
   * @param measuredRequests       requests sent and measured, the opening wave first (at least 1)
   * @param requestOverheadSeconds mean server-side handling of a request before it can be scheduled
   * @throws InvalidInputException when one request alone cannot be served by the replica
   */
  public static ClosedLoopResult run(StepTimeModel model, SchedulerConfig scheduler, int clients,
      int inputTokens, int outputTokens, int measuredRequests, double requestOverheadSeconds) {
    MeasuredRequests.checkLoad(clients, inputTokens, outputTokens, measuredRequests);
    Require.nonNegative("requestOverheadSeconds", requestOverheadSeconds);
    ClosedLoopRun run = new ClosedLoopRun(model, scheduler, clients, inputTokens, outputTokens,
        measuredRequests, requestOverheadSeconds);
    if (!run.engine.canEverServe(inputTokens, outputTokens)) {
      throw new InvalidInputException("request", inputTokens + " + " + outputTokens + " tokens",
          "does not fit one replica's KV cache (" + model.kvCapacityTokens() + " tokens) or step budget");
    }
    return run.execute();
  }

  private ClosedLoopResult execute() {
    for (int i = 0; i < clients; i++) {
      send(0);
    }
    double now = 0;
    while (measured.count() < lastRequest) {
      while (!inTransit.isEmpty() && inTransit.peek()[0] <= now) {
        engine.enqueue(add(inTransit.poll()[1]));
      }
      engine.fastForward(inTransit.isEmpty());
      if (!engine.startIteration(now)) {
        if (inTransit.isEmpty()) {
          throw new IllegalStateException("closed loop stalled with requests waiting");
        }
        now = inTransit.peek()[0];
        continue;
      }
      now = engine.iterationEnd();
      engine.completeIteration(now);
      events++;
    }
    return measured.result(events);
  }

  /** A client sends a request at {@code sentSeconds}; it reaches the scheduler after the server's handling. */
  private void send(double sentSeconds) {
    double handling = requestOverheadSeconds > 0 ? random.nextDouble(2 * requestOverheadSeconds) : 0;
    inTransit.add(new double[] {sentSeconds + handling, sentSeconds});
    issued++;
  }

  /** The request as the scheduler sees it; its arrival is the client's send time, so TTFT includes the handling. */
  private int add(double sentSeconds) {
    return requests.add(sentSeconds, inputTokens, outputTokens);
  }

  @Override
  public void finished(int requestId, double now) {
    measured.finish(requests, requestId, now);
    if (issued < lastRequest) {
      send(now);
    }
  }
}
