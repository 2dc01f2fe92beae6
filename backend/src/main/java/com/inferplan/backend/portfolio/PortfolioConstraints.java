package com.inferplan.backend.portfolio;

/**
 * Limits on the whole mix; each null means no limit.
 *
 * @param maxVendorSpendShare at most this share (0–1] of the monthly spend with any one vendor
 * @param maxVendorUnitShare  at most this share (0–1] of all units from any one vendor
 * @param minVendors          at least this many vendors in the plan
 */
public record PortfolioConstraints(Double powerCapMegawatts, Double maxVendorSpendShare, Double maxVendorUnitShare,
                                   Integer minVendors, Double budgetUsdPerMonth) {

    public static final PortfolioConstraints NONE = new PortfolioConstraints(null, null, null, null, null);

    public PortfolioConstraints withMaxVendorSpendShare(Double share) {
        return new PortfolioConstraints(powerCapMegawatts, share, maxVendorUnitShare, minVendors, budgetUsdPerMonth);
    }
}
