package com.inferplan.engine.profile;

/** A profile request with a field outside its valid range; names the field, the value and why. */
public final class InvalidProfileRequestException extends IllegalArgumentException {

    private final String field;
    private final String value;

    public InvalidProfileRequestException(String field, Object value, String reason) {
        super("profile request " + field + " = " + value + ": " + reason);
        this.field = field;
        this.value = String.valueOf(value);
    }

    public String field() {
        return field;
    }

    public String value() {
        return value;
    }
}
