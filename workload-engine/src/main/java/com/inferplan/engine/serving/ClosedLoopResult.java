package com.inferplan.engine.serving;

/**
 * What a closed-loop benchmark reports over its measured requests: mean TTFT and mean TPOT
 * (seconds; TPOT = (finish − first token) / (output − 1)), output tokens per second of the
 * replica over the measured span, the requests measured and the simulation events it took.
 */
public record ClosedLoopResult(double meanTtftSeconds, double meanTpotSeconds,
    double outputTokensPerSecond, long measuredRequests, long events) {
}
