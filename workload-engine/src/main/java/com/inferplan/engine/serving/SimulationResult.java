package com.inferplan.engine.serving;

import java.util.List;

/**
 * Outcome of one simulated run. Latencies are client-observed (server latency plus the configured
 * transport overheads); queueing delay is server-side (arrival to first scheduling).
 *
 * @param completed               requests that finished
 * @param rejected                requests that could never fit one replica's KV cache (or, without
 *                                chunked prefill, the step token budget) and were refused on arrival
 * @param preemptions             times a running request was evicted and later recomputed
 * @param durationSeconds         first arrival to last completion
 * @param tokensPerSecondPerUser  median over requests of the decode rate a user sees, 1/TPOT;
 *                                0 when every request has a single output token
 * @param outputTokensPerSecond   output tokens of completed requests per second, all replicas
 * @param inputTokensPerSecond    prompt tokens of completed requests per second, all replicas
 * @param utilization             busy fraction of replica time, averaged over replicas
 * @param meanRequestsInSystem    time-average number of requests waiting or running
 * @param kvOccupancy             time-weighted series downsampled to at most 256 points
 */
public record SimulationResult(
    long completed,
    long rejected,
    long preemptions,
    double durationSeconds,
    LatencySummary ttft,
    LatencySummary tpot,
    LatencySummary endToEnd,
    LatencySummary queueing,
    double tokensPerSecondPerUser,
    double outputTokensPerSecond,
    double inputTokensPerSecond,
    double utilization,
    double meanRequestsInSystem,
    Goodput goodput,
    List<KvSample> kvOccupancy) {

  public SimulationResult {
    kvOccupancy = List.copyOf(kvOccupancy);
  }

  /** Completed requests per second. */
  public double requestsPerSecond() {
    return completed / durationSeconds;
  }
}
