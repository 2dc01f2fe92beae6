package com.inferplan.pricing.catalog;

/** What a deal's contract value pays for; only like scopes compare directly. */
public enum DealScope {
    /** Compute delivered as a service: power, facility and operations included. */
    CAPACITY_SERVICE,
    /** Cloud capacity bought under a spending commitment: all-in like on-demand. */
    CLOUD_COMMITMENT,
    /** Accelerators bought: power, facility and operations are extra. */
    HARDWARE_PURCHASE
}
