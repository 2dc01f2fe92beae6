package com.inferplan.engine.perf;

/** An input to the performance model that cannot be used: names the field, its value and why. */
public final class InvalidPerformanceInputException extends RuntimeException {

    private final String field;

    public InvalidPerformanceInputException(String field, Object value, String reason) {
        super(field + " = " + value + ": " + reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
