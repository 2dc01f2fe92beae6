package com.inferplan.pricing.catalog;

/**
 * A rental price per chip-hour; a single quote has low = high. Instance prices are kept with the
 * chips per instance they were divided by.
 */
public record CloudPrice(String id, String hardwareId, String provider, String offering, PriceTerm term,
                         double usdPerChipHourLow, double usdPerChipHourHigh, Double usdPerInstanceHour,
                         Integer chipsPerInstance, String date, Source source, String notes,
                         boolean usableAsDefault) {

    public CloudPrice {
        if (!(usdPerChipHourLow >= 0 && usdPerChipHourLow <= usdPerChipHourHigh)) {
            throw new PricingDataException(id, "needs 0 <= usdPerChipHourLow <= usdPerChipHourHigh");
        }
        if (source == null || term == null) {
            throw new PricingDataException(id, "needs a source and a term");
        }
    }

    public boolean isRange() {
        return usdPerChipHourLow != usdPerChipHourHigh;
    }

    /** The quote, or the midpoint of a range. */
    public double usdPerChipHour() {
        return (usdPerChipHourLow + usdPerChipHourHigh) / 2;
    }
}
