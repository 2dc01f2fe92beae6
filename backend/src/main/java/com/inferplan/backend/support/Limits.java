package com.inferplan.backend.support;

/** Bounds on how much work one request may ask for (decision 0811); a value outside is a field error. */
public final class Limits {

    private Limits() {
    }

    public static long require(String field, long value, long min, long max) {
        if (value < min || value > max) {
            throw new InvalidInputException(field, value, "must be between " + min + " and " + max);
        }
        return value;
    }
}
