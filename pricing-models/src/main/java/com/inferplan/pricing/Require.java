package com.inferplan.pricing;

/** Input checks shared by the pricing records; each failure names the field, the value and the rule. */
public final class Require {

    private Require() {
    }

    public static double finite(String field, double value) {
        if (!Double.isFinite(value)) {
            throw new PricingInputException(field, value, "must be a finite number");
        }
        return value;
    }

    /** Prices, costs and amounts: zero is allowed (a free resource), a negative value is not. */
    public static double nonNegative(String field, double value) {
        finite(field, value);
        if (value < 0) {
            throw new PricingInputException(field, value, "must not be negative");
        }
        return value;
    }

    public static double positive(String field, double value) {
        finite(field, value);
        if (value <= 0) {
            throw new PricingInputException(field, value, "must be greater than zero");
        }
        return value;
    }

    public static int positive(String field, int value) {
        if (value <= 0) {
            throw new PricingInputException(field, value, "must be at least 1");
        }
        return value;
    }

    /** Counts where zero is meaningful (no committed units, no minimum). */
    public static int nonNegative(String field, int value) {
        if (value < 0) {
            throw new PricingInputException(field, value, "must not be negative");
        }
        return value;
    }

    /** A cap on a share, in (0, 1]: a cap of 0 would forbid the thing outright, which is not a share. */
    public static double shareCap(String field, double value) {
        finite(field, value);
        if (value <= 0 || value > 1) {
            throw new PricingInputException(field, value, "must be a share in (0, 1]");
        }
        return value;
    }

    /** A share of something, in [0, 1]. */
    public static double fraction(String field, double value) {
        finite(field, value);
        if (value < 0 || value > 1) {
            throw new PricingInputException(field, value, "must be a fraction between 0 and 1");
        }
        return value;
    }

    /** Utilization is in (0, 1]: zero use would make every per-token cost infinite. */
    public static double utilization(String field, double value) {
        finite(field, value);
        if (value <= 0 || value > 1) {
            throw new PricingInputException(field, value, "utilization must be in (0, 1]");
        }
        return value;
    }

    /** A term in whole years; a term of 0 years has no hours to spread a commitment over. */
    public static int termYears(String field, int value) {
        if (value < 1) {
            throw new PricingInputException(field, value, "term must be at least 1 year");
        }
        return value;
    }

    /** PUE is facility power over IT power, so it cannot be below 1. */
    public static double pue(String field, double value) {
        finite(field, value);
        if (value < 1) {
            throw new PricingInputException(field, value, "PUE (facility power / IT power) must be at least 1.0");
        }
        return value;
    }

    /** Annual interest or discount rates: above -100% (money cannot vanish entirely each year). */
    public static double annualRate(String field, double value) {
        finite(field, value);
        if (value <= -1) {
            throw new PricingInputException(field, value, "annual rate must be above -1 (-100%)");
        }
        return value;
    }

    public static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new PricingInputException(field, value, "must not be blank");
        }
        return value;
    }
}
