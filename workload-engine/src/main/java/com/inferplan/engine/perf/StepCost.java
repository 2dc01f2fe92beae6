package com.inferplan.engine.perf;

/**
 * One iteration's time split by cause: operators bound by compute, operators bound by memory
 * traffic, collectives and pipeline hops, and fixed per-layer and per-step overheads.
 */
public record StepCost(double computeSeconds, double memorySeconds, double interconnectSeconds,
                       double overheadSeconds) {

    public double seconds() {
        return computeSeconds + memorySeconds + interconnectSeconds + overheadSeconds;
    }

    public Bottleneck bottleneck() {
        Bottleneck b = Bottleneck.COMPUTE;
        double max = computeSeconds;
        if (memorySeconds > max) {
            b = Bottleneck.MEMORY;
            max = memorySeconds;
        }
        if (interconnectSeconds > max) {
            b = Bottleneck.INTERCONNECT;
            max = interconnectSeconds;
        }
        return overheadSeconds > max ? Bottleneck.OVERHEAD : b;
    }

    public StepCost times(double factor) {
        return new StepCost(computeSeconds * factor, memorySeconds * factor, interconnectSeconds * factor,
                overheadSeconds * factor);
    }

    public StepCost plus(StepCost o) {
        return new StepCost(computeSeconds + o.computeSeconds, memorySeconds + o.memorySeconds,
                interconnectSeconds + o.interconnectSeconds, overheadSeconds + o.overheadSeconds);
    }
}
