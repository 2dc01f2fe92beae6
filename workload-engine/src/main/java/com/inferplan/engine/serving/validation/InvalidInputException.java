package com.inferplan.engine.serving.validation;

/** A caller-supplied parameter is out of range; names the field, the offending value and why. */
public class InvalidInputException extends IllegalArgumentException {

  private final String field;
  private final String value;
  private final String reason;

  public InvalidInputException(String field, Object value, String reason) {
    super(field + " = " + value + ": " + reason);
    this.field = field;
    this.value = String.valueOf(value);
    this.reason = reason;
  }

  public String field() {
    return field;
  }

  public String value() {
    return value;
  }

  public String reason() {
    return reason;
  }
}
