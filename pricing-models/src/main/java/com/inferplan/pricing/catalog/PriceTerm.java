package com.inferplan.pricing.catalog;

/** Commitment behind a cloud price. */
public enum PriceTerm {
    ON_DEMAND, RESERVED_1Y, RESERVED_3Y, CAPACITY_BLOCK, SPOT_OR_MARKETPLACE
}
