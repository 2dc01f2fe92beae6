package com.inferplan.engine.transport;

/** Latencies of one request as the client sees them, seconds. */
public record ClientLatency(double ttftSeconds, double tpotSeconds, double endToEndSeconds) {}
