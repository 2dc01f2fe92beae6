package com.inferplan.pricing.basis;

/**
 * How compute is paid for: by the chip-hour (on-demand, reserved, owned, partner deal) or by the
 * token (a provider's API price).
 */
public sealed interface CostBasis permits HourlyBasis, ApiTokenPrice {

    /** 365 days of 24 hours; leap days are ignored in annual figures. */
    double HOURS_PER_YEAR = 8760;

    /** Short name of the kind of basis, e.g. "on-demand". */
    String kind();
}
