package com.inferplan.catalog;

/** Where bytes can live, fastest first. Hardware-managed caches (GPU L2) are not tiers. */
public enum MemoryTierKind {
    /** Software-addressable on-chip SRAM that can hold weights or KV (WSE, LPU, RDU PMUs). */
    ON_CHIP_SRAM,
    HBM,
    /** DDR/LPDDR attached to the chip or its host. */
    DRAM,
    /** Off-system store that streams weights in over a link (Cerebras MemoryX). */
    EXTERNAL_STORE
}
