package com.inferplan.engine.serving;

import com.inferplan.engine.serving.validation.InvalidInputException;
import com.inferplan.engine.serving.workload.RequestStream;

/**
 * One pass of the discrete-event loop. Two kinds of event: the next arrival (read lazily from the
 * workload) and the end of a replica's iteration (replicas ordered by end time in a heap). On a
 * tie the arrival goes first, so it can join the iteration that starts at that instant.
 */
final class SimulationRun implements ReplicaEngine.FinishListener {

  private final SimulationConfig config;
  private final RunControl control;
  private final long expectedRequests;
  private final RequestTable requests = new RequestTable();
  private final ReplicaEngine[] replicas;
  /** Replicas by the time of their next event: an iteration's end, or a deferred start. */
  private final IndexedMinHeap iterationEnds;
  /** Replica woken by an arrival; it starts once every arrival at that instant is queued. */
  private final boolean[] startPending;
  private final MetricsRecorder metrics;
  private OccupancySeries occupancy;

  private long events;
  private long rejected;
  private int inSystem;
  private int nextRoundRobin;
  private long usedKvBlocks;
  private final long totalKvBlocks;
  private double firstArrival;
  private double lastEvent;
  private double lastCompletion;
  private double requestSecondsInSystem;

  SimulationRun(StepTimeModel model, SimulationConfig config, RunControl control,
      long expectedRequests) {
    this.config = config;
    this.control = control;
    this.expectedRequests = expectedRequests;
    this.replicas = new ReplicaEngine[config.replicas()];
    for (int i = 0; i < replicas.length; i++) {
      replicas[i] = new ReplicaEngine(model, config.scheduler(), requests, this);
    }
    this.iterationEnds = new IndexedMinHeap(replicas.length);
    this.startPending = new boolean[replicas.length];
    this.metrics = new MetricsRecorder(config.transport(), config.slo());
    this.totalKvBlocks = replicas[0].totalKvBlocks() * replicas.length;
  }

  SimulationResult execute(RequestStream stream) {
    boolean more = stream.advance();
    if (!more) {
      throw new InvalidInputException("workload", "0 requests", "must contain at least one request");
    }
    firstArrival = stream.arrivalSeconds();
    lastEvent = firstArrival;
    occupancy = new OccupancySeries(firstArrival);
    while (more || !iterationEnds.isEmpty()) {
      if (more && (iterationEnds.isEmpty() || stream.arrivalSeconds() <= iterationEnds.minKey())) {
        arrive(stream.arrivalSeconds(), stream.inputTokens(), stream.outputTokens());
        more = stream.advance();
      } else {
        onReplicaEvent(iterationEnds.minItem(), iterationEnds.minKey());
      }
      checkpoint();
    }
    control.progress().onProgress(1);
    return result();
  }

  private void arrive(double now, int inputTokens, int outputTokens) {
    advanceClock(now);
    if (!replicas[0].canEverServe(inputTokens, outputTokens)) {
      rejected++;
      return;
    }
    int replica = route();
    replicas[replica].enqueue(requests.add(now, inputTokens, outputTokens));
    inSystem++;
    if (!iterationEnds.contains(replica)) {
      startPending[replica] = true;
      iterationEnds.put(replica, now);
    }
  }

  private void onReplicaEvent(int replica, double now) {
    advanceClock(now);
    iterationEnds.remove(replica);
    if (startPending[replica]) {
      startPending[replica] = false;
    } else {
      long before = replicas[replica].usedKvBlocks();
      replicas[replica].completeIteration(now);
      usedKvBlocks += replicas[replica].usedKvBlocks() - before;
    }
    startIteration(replica, now);
  }

  private void startIteration(int replica, double now) {
    ReplicaEngine engine = replicas[replica];
    long before = engine.usedKvBlocks();
    if (engine.startIteration(now)) {
      iterationEnds.put(replica, engine.iterationEnd());
    }
    usedKvBlocks += engine.usedKvBlocks() - before;
  }

  private int route() {
    if (config.routing() == RoutingPolicy.ROUND_ROBIN) {
      int replica = nextRoundRobin;
      nextRoundRobin = (nextRoundRobin + 1) % replicas.length;
      return replica;
    }
    int best = 0;
    for (int i = 1; i < replicas.length; i++) {
      if (replicas[i].load() < replicas[best].load()) {
        best = i;
      }
    }
    return best;
  }

  @Override
  public void finished(int requestId, double now) {
    metrics.recordFinished(requests, requestId, now);
    requests.release(requestId);
    inSystem--;
    lastCompletion = now;
  }

  private void advanceClock(double now) {
    requestSecondsInSystem += inSystem * (now - lastEvent);
    occupancy.hold((double) usedKvBlocks / totalKvBlocks, now);
    lastEvent = now;
  }

  private void checkpoint() {
    if ((++events & (RunControl.EVENTS_PER_CHECK - 1)) != 0) {
      return;
    }
    if (control.cancelled().getAsBoolean()) {
      throw new SimulationCancelledException(events);
    }
    control.progress().onProgress((double) (metrics.completed() + rejected) / expectedRequests);
  }

  private SimulationResult result() {
    if (metrics.completed() == 0) {
      throw new InvalidInputException("workload", rejected + " requests",
          "none fits one replica (KV capacity " + totalKvBlocks / replicas.length
              + " blocks of " + config.scheduler().kvBlockTokens() + " tokens)");
    }
    double duration = lastCompletion - firstArrival;
    double busy = 0;
    long preemptions = 0;
    for (ReplicaEngine replica : replicas) {
      busy += replica.busySeconds();
      preemptions += replica.preemptions();
    }
    return metrics.result(duration, new ServerTotals(rejected, preemptions,
        busy / (duration * replicas.length), requestSecondsInSystem / duration,
        occupancy.samples()));
  }
}
