package com.inferplan.engine.model;

import java.util.Objects;

/**
 * Where a figure comes from. {@code date}: publication date of the source; {@code retrieved}: when
 * InferPlan read it; {@code readFrom}: the public copy actually read when the original is gated
 * or was not reachable (empty when read from the original); {@code status}: vendor-published,
 * third-party or derived.
 */
public record Citation(String title, String url, String date, String retrieved, String status, String readFrom, String note) {

    public Citation {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(retrieved, "retrieved");
        Objects.requireNonNull(status, "status");
        readFrom = readFrom == null ? "" : readFrom;
        note = note == null ? "" : note;
    }
}
