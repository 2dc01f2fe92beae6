package com.inferplan.engine.evaluation;

/** An evaluation request that cannot be evaluated as given: names the field, its value and why. */
public final class InvalidEvaluationException extends RuntimeException {

    private final String field;

    public InvalidEvaluationException(String field, Object value, String reason) {
        super(field + " = " + value + ": " + reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
