package com.inferplan.engine.evaluation;

/** One operating point of a sweep: a layout and batch with its per-user and per-chip speeds. */
public record ParetoPoint(int chips, int tp, int pp, int dp, int batchPerReplica, double tokensPerSecondPerUser,
                          double tokensPerSecondPerChip) {
}
