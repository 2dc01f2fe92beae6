package com.inferplan.engine.model.config;

/** One invalid field of a model config: its JSON name, the offending value as written, and why. */
public record FieldError(String field, String value, String message) {

    public static final String MISSING = "(missing)";

    @Override
    public String toString() {
        return field + " = " + value + ": " + message;
    }
}
