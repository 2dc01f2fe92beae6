package com.inferplan.pricing.explain;

/** Where a number comes from, so a result can say which of its inputs are estimates. */
public enum Provenance {
    /** Given by the caller; the library knows nothing more about it. */
    INPUT,
    /** Published by the vendor or provider (price list, data sheet, filing). */
    VENDOR_PUBLISHED,
    /** Reported by press or analysts from statements of the parties. */
    REPORTED,
    /** A third party's estimate or quote that the vendor did not publish. */
    ESTIMATE,
    /** Computed from other sourced numbers; the derivation is stated next to it. */
    DERIVED,
    /** Chosen by InferPlan because no source gives it; stated as an assumption. */
    ASSUMED;

    /** Whether a reader should treat the number as uncertain rather than published fact. */
    public boolean isEstimate() {
        return this == ESTIMATE || this == DERIVED || this == ASSUMED;
    }
}
