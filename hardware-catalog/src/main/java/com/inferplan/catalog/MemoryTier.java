package com.inferplan.catalog;

/** Capacity and peak bandwidth of one memory tier, per chip. */
public record MemoryTier(MemoryTierKind kind, String name, Figure capacityBytes,
                         Figure bandwidthBytesPerSecond) {
}
