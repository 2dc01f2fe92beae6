package com.inferplan.pricing.portfolio;

/**
 * What one solve optimises. The cost goal answers the question; the other two size the figure in an
 * infeasibility explanation ("needs at least 3.4 MW", "at most 2 vendors can serve the demand").
 */
enum Goal {
    MIN_COST,
    MIN_MEGAWATTS,
    MAX_VENDORS
}
