package com.inferplan.engine.deployment;

/** A deployment request that cannot be planned as given: names the field, its value and why. */
public final class InvalidDeploymentException extends RuntimeException {

    private final String field;
    private final transient Object value;

    public InvalidDeploymentException(String field, Object value, String reason) {
        super(field + " = " + value + ": " + reason);
        this.field = field;
        this.value = value;
    }

    public String field() {
        return field;
    }

    public Object value() {
        return value;
    }
}
