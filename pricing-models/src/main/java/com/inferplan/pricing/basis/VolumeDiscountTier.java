package com.inferplan.pricing.basis;

import com.inferplan.pricing.Require;

import java.util.List;

/**
 * Marginal volume discount: the part of the committed quantity above {@code fromQuantity} (in MW or
 * units, as the commitment is stated) and below the next tier gets {@code discountFraction} off.
 */
public record VolumeDiscountTier(double fromQuantity, double discountFraction) {

    public VolumeDiscountTier {
        Require.nonNegative("fromQuantity", fromQuantity);
        Require.fraction("discountFraction", discountFraction);
    }

    /** Quantity-weighted discount over the whole committed quantity; tiers must ascend. */
    public static double blendedDiscount(List<VolumeDiscountTier> tiers, double committedQuantity) {
        double discounted = 0;
        for (int i = 0; i < tiers.size(); i++) {
            double from = tiers.get(i).fromQuantity();
            double to = i + 1 < tiers.size() ? tiers.get(i + 1).fromQuantity() : Double.POSITIVE_INFINITY;
            double inTier = Math.max(0, Math.min(committedQuantity, to) - from);
            discounted += inTier * tiers.get(i).discountFraction();
        }
        return discounted / committedQuantity;
    }
}
