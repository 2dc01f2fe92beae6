package com.inferplan.pricing;

/**
 * A pricing input that cannot be used, naming the field, the value given and why it was refused.
 * Thrown instead of ever returning NaN or Infinity to a caller.
 */
public final class PricingInputException extends IllegalArgumentException {

    private final String field;
    private final transient Object value;
    private final String reason;

    public PricingInputException(String field, Object value, String reason) {
        super("pricing input '" + field + "' = " + value + " is invalid: " + reason);
        this.field = field;
        this.value = value;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    public Object value() {
        return value;
    }

    public String reason() {
        return reason;
    }
}
