package com.inferplan.backend.support;

/** One rejected input: which field, the value given, and why it cannot be used. */
public record FieldProblem(String field, Object rejectedValue, String message) {

    @Override
    public String toString() {
        return field + " = '" + rejectedValue + "': " + message;
    }
}
