package com.inferplan.engine.perf;

/** What dominates a step's time. */
public enum Bottleneck {
    COMPUTE,
    MEMORY,
    INTERCONNECT,
    OVERHEAD;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
