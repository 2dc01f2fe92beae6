package com.inferplan.pricing.catalog;

/** A purchase price per unit of {@code chipsPerUnit} chips; a single quote has low = high. */
public record PurchasePrice(String id, String hardwareId, String item, double usdLow, double usdHigh, int chipsPerUnit,
                            String date, Source source, String notes) {

    public PurchasePrice {
        if (!(usdLow >= 0 && usdLow <= usdHigh) || chipsPerUnit < 1 || source == null) {
            throw new PricingDataException(id, "needs 0 <= usdLow <= usdHigh, chipsPerUnit >= 1 and a source");
        }
    }

    public boolean isRange() {
        return usdLow != usdHigh;
    }

    public double usd() {
        return (usdLow + usdHigh) / 2;
    }
}
