package com.inferplan.backend.scenario;

import com.fasterxml.jackson.annotation.JsonValue;
import com.inferplan.pricing.explain.Provenance;
import java.util.Locale;

/** Where a number in an explanation comes from; the pricing statuses plus the engine's own predictions. */
public enum Origin {
    INPUT, VENDOR_PUBLISHED, REPORTED, ESTIMATE, DERIVED, ASSUMED,
    /** Predicted by InferPlan's performance model or serving simulation: an estimate by nature. */
    MODEL;

    public static Origin of(Provenance provenance) {
        return valueOf(provenance.name());
    }

    public boolean isEstimate() {
        return this == ESTIMATE || this == DERIVED || this == ASSUMED || this == MODEL;
    }

    @JsonValue
    public String label() {
        return this == MODEL ? "model estimate" : name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
