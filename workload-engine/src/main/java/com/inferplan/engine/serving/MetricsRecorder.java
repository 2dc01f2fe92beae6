package com.inferplan.engine.serving;

import com.inferplan.engine.serving.stats.QuantileSketch;
import com.inferplan.engine.transport.ClientLatency;
import com.inferplan.engine.transport.TransportProfile;

/** Streaming per-request statistics: sketches and sums only, never the requests themselves. */
final class MetricsRecorder {

  private final TransportProfile transport;
  private final Slo slo;
  private final QuantileSketch ttft = new QuantileSketch();
  private final QuantileSketch tpot = new QuantileSketch();
  private final QuantileSketch endToEnd = new QuantileSketch();
  private final QuantileSketch queueing = new QuantileSketch();
  private final QuantileSketch userTokensPerSecond = new QuantileSketch();
  private long completed;
  private long good;
  private long inputTokens;
  private long outputTokens;

  MetricsRecorder(TransportProfile transport, Slo slo) {
    this.transport = transport;
    this.slo = slo;
  }

  void recordFinished(RequestTable requests, int id, double now) {
    int outputs = requests.output[id];
    double arrival = requests.arrival[id];
    double firstToken = requests.firstToken[id];
    double serverTpot = outputs > 1 ? (now - firstToken) / (outputs - 1) : 0;
    ClientLatency client = transport.apply(firstToken - arrival, serverTpot, outputs);
    ttft.add(client.ttftSeconds());
    endToEnd.add(client.endToEndSeconds());
    queueing.add(requests.admitted[id] - arrival);
    if (outputs > 1) {
      tpot.add(client.tpotSeconds());
      userTokensPerSecond.add(1 / client.tpotSeconds());
    }
    if (slo.isMetBy(client.ttftSeconds(), outputs > 1 ? client.tpotSeconds() : 0)) {
      good++;
    }
    completed++;
    inputTokens += requests.input[id];
    outputTokens += outputs;
  }

  long completed() {
    return completed;
  }

  SimulationResult result(double durationSeconds, ServerTotals totals) {
    double fraction = (double) good / completed;
    Goodput goodput = new Goodput(slo, fraction, good / durationSeconds,
        fraction * 100 >= slo.attainmentPercent());
    return new SimulationResult(completed, totals.rejected(), totals.preemptions(),
        durationSeconds,
        LatencySummary.ofSeconds(ttft),
        LatencySummary.ofSeconds(tpot),
        LatencySummary.ofSeconds(endToEnd),
        LatencySummary.ofSeconds(queueing),
        userTokensPerSecond.quantile(0.5),
        outputTokens / durationSeconds,
        inputTokens / durationSeconds,
        totals.utilization(),
        totals.meanRequestsInSystem(),
        goodput,
        totals.kvOccupancy());
  }
}
