package com.inferplan.engine.perf;

import com.inferplan.catalog.Precision;
import com.inferplan.engine.profile.OperatorKind;

/**
 * One operator's share of a step on one chip, summed over its layers, for "explain this number":
 * its FLOPs and bytes, the time each would take at the achieved rate, which one bounds it, and
 * the precision whose peak it ran at (differs from the requested one after a fallback).
 */
public record OperatorTiming(String name, OperatorKind kind, int layers, double flops, double bytes,
                             double computeSeconds, double memorySeconds, Bottleneck bound,
                             Precision requestedPrecision, Precision computedAt) {

    public double seconds() {
        return Math.max(computeSeconds, memorySeconds);
    }
}
