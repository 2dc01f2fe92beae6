package com.inferplan.engine.perf;

import com.inferplan.engine.serving.validation.InvalidInputException;
import com.inferplan.engine.serving.validation.Require;

/**
 * {@link Require}'s checks for the keys of the engine's data-file schemas, where a null value is an
 * absent optional key: it passes every check but {@link #required}.
 */
final class DataChecks {

    private DataChecks() {
    }

    static void required(String field, Object value) {
        if (value instanceof String text && text.isBlank()) {
            throw new InvalidInputException(field, "\"\"", "is required (missing key)");
        }
        if (value == null) {
            throw new InvalidInputException(field, "null", "is required (missing key)");
        }
    }

    /** A key that has no meaning where it stands (e.g. a generation's own sources). */
    static void absent(String field, Object value, String why) {
        if (value != null) {
            throw new InvalidInputException(field, value, "not allowed here: " + why);
        }
    }

    static void nonNegative(String field, Number value) {
        if (value != null) {
            Require.nonNegative(field, value.doubleValue());
        }
    }

    static void positive(String field, Number value) {
        if (value != null) {
            Require.positive(field, value.doubleValue());
        }
    }

    /** A share of a peak: (0, 1]. */
    static void shareOfPeak(String field, Number value) {
        if (value != null) {
            Require.fraction(field, value.doubleValue());
        }
    }

    static void fractionBelowOne(String field, Number value) {
        if (value != null) {
            Require.fractionBelowOne(field, value.doubleValue());
        }
    }

    static void atLeastOne(String field, Integer value) {
        if (value != null) {
            Require.positive(field, value.intValue());
        }
    }

    /** The failure {@code e} with its field's path below {@code parent} (an enclosing key). */
    static InvalidInputException within(String parent, InvalidInputException e) {
        return new InvalidInputException(e.field().isEmpty() ? parent : parent + "." + e.field(), e.value(), e.reason());
    }
}
