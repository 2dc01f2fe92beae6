package com.inferplan.catalog;

/**
 * One sourced number. {@code derivation} is required when {@code status} is DERIVED (how the
 * value was obtained, with the arithmetic); {@code note} is optional (caveats, disagreements).
 * Values are in base SI units named by {@code unit}, see {@link Units}.
 */
public record Figure(double value, String unit, Source source, FigureStatus status,
                     String derivation, String note) {
}
