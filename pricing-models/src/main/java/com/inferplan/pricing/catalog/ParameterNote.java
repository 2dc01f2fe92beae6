package com.inferplan.pricing.catalog;

import com.inferplan.pricing.explain.Provenance;

/** Whether a deal parameter is reported, estimated, derived or assumed, and why. */
public record ParameterNote(Provenance status, String note) {

    public ParameterNote {
        if (status == null || note == null || note.isBlank()) {
            throw new PricingDataException("parameter note", "needs a status and a note");
        }
    }
}
