package com.inferplan.engine.deployment;

import com.inferplan.catalog.MemoryTierKind;

/**
 * Bytes one chip keeps in one memory tier. {@code reserveBytes} is what the runtime takes for
 * itself (framework, compiled graphs, fragmentation); {@code capacityBytes} is the tier's size.
 */
public record MemoryUse(MemoryTierKind tier, double weightBytes, double kvBytes, double activationBytes,
                        double reserveBytes, double capacityBytes) {

    public double usedBytes() {
        return weightBytes + kvBytes + activationBytes + reserveBytes;
    }

    public boolean fits() {
        return usedBytes() <= capacityBytes;
    }

    /** Capacity left for more KV cache once everything else is placed (never negative). */
    public double freeBytes() {
        return Math.max(0, capacityBytes - usedBytes());
    }

    public String describe() {
        return String.format("%s per chip: weights %s + KV %s + activations %s + reserve %s = %s of %s",
                tier.name(), gb(weightBytes), gb(kvBytes), gb(activationBytes), gb(reserveBytes),
                gb(usedBytes()), gb(capacityBytes));
    }

    static String gb(double bytes) {
        return bytes >= 1e9 ? String.format("%.2f GB", bytes / 1e9) : String.format("%.1f MB", bytes / 1e6);
    }
}
