package com.inferplan.engine.serving;

/**
 * Time-averaged KV-cache occupancy over all replicas (used blocks / total blocks) during the
 * interval centred on {@code timeSeconds}.
 */
public record KvSample(double timeSeconds, double occupancy) {}
