package com.inferplan.engine.serving.validation;

/** Argument checks that fail with an {@link InvalidInputException} naming the field. */
public final class Require {

  private Require() {}

  public static double positive(String field, double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new InvalidInputException(field, value, "must be a finite number > 0");
    }
    return value;
  }

  public static double nonNegative(String field, double value) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new InvalidInputException(field, value, "must be a finite number >= 0");
    }
    return value;
  }

  public static long positive(String field, long value) {
    if (value <= 0) {
      throw new InvalidInputException(field, value, "must be >= 1");
    }
    return value;
  }

  public static int positive(String field, int value) {
    if (value <= 0) {
      throw new InvalidInputException(field, value, "must be >= 1");
    }
    return value;
  }

  public static long nonNegative(String field, long value) {
    if (value < 0) {
      throw new InvalidInputException(field, value, "must be >= 0");
    }
    return value;
  }

  public static double fraction(String field, double value) {
    if (!(value > 0 && value <= 1)) {
      throw new InvalidInputException(field, value, "must be in (0, 1]");
    }
    return value;
  }

  public static <T> T present(String field, T value) {
    if (value == null) {
      throw new InvalidInputException(field, "null", "is required");
    }
    return value;
  }
}
