package com.inferplan.pricing.catalog;

import com.inferplan.pricing.explain.Provenance;

/**
 * Where a number in the built-in data comes from. {@code url} is null where the compiled reference
 * names the page without its address; {@code derivation} says how a derived figure was computed.
 */
public record Source(String title, String url, String published, Provenance status, String derivation, String notes) {

    public Source {
        if (title == null || title.isBlank() || published == null || status == null) {
            throw new PricingDataException("source", "every source needs a title, a date and a status: " + title);
        }
        if (status == Provenance.DERIVED && (derivation == null || derivation.isBlank())) {
            throw new PricingDataException("source", "a derived figure must say how it was derived: " + title);
        }
    }
}
