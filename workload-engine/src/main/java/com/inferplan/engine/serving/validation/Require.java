package com.inferplan.engine.serving.validation;

/** Argument checks that fail with an {@link InvalidInputException} naming the field. */
public final class Require {

  private Require() {}

  /** Plain digits for a bound such as 1e8, which Java would print as "1.0E8". */
  private static final class BigDecimalText {
    static String of(double value) {
      return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
  }

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

  /**
   * An upper bound that keeps every derived figure finite and meaningful: the limits (decision 0811)
   * sit far above any real workload, so only a typo or an attack reaches them.
   */
  public static double atMost(String field, double value, double max) {
    if (value > max) {
      throw new InvalidInputException(field, value, "must be at most " + BigDecimalText.of(max));
    }
    return value;
  }

  /** A finite value in [min, max], e.g. a speed that is neither a typo nor a division by almost zero. */
  public static double within(String field, double value, double min, double max) {
    if (!(value >= min && value <= max)) {
      throw new InvalidInputException(field, value,
          "must be between " + BigDecimalText.of(min) + " and " + BigDecimalText.of(max));
    }
    return value;
  }

  public static double fraction(String field, double value) {
    if (!(value > 0 && value <= 1)) {
      throw new InvalidInputException(field, value, "must be in (0, 1]");
    }
    return value;
  }

  /** A fraction that leaves something over, such as a memory reserve: [0, 1). */
  public static double fractionBelowOne(String field, double value) {
    if (!(value >= 0 && value < 1)) {
      throw new InvalidInputException(field, value, "must be in [0, 1)");
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
