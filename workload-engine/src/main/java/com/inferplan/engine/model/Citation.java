package com.inferplan.engine.model;

/**
 * Where a figure comes from. {@code date}: publication date of the source; {@code retrieved}: when
 * InferPlan read it; {@code readFrom}: the public copy actually read when the original is gated
 * (empty when read from the original); {@code status}: vendor-published, third-party or derived.
 */
public record Citation(String title, String url, String date, String retrieved, String status, String readFrom, String note) {
}
