package com.inferplan.pricing.param;

/**
 * The values a parameter may take. Used to validate and to truncate sampled values, so a normal
 * distribution on a price never produces a negative price.
 */
public record Bounds(double lower, boolean lowerInclusive, double upper, boolean upperInclusive) {

    public Bounds {
        if (Double.isNaN(lower) || Double.isNaN(upper) || lower > upper) {
            throw new IllegalArgumentException("bounds need lower <= upper, got " + lower + ".." + upper);
        }
    }

    public static Bounds nonNegative() {
        return new Bounds(0, true, Double.POSITIVE_INFINITY, false);
    }

    public static Bounds positive() {
        return new Bounds(0, false, Double.POSITIVE_INFINITY, false);
    }

    public static Bounds fraction() {
        return new Bounds(0, true, 1, true);
    }

    public static Bounds utilization() {
        return new Bounds(0, false, 1, true);
    }

    /** Ratios such as PUE that cannot fall below 1. */
    public static Bounds atLeastOne() {
        return new Bounds(1, true, Double.POSITIVE_INFINITY, false);
    }

    /** Annual rates above -100%. */
    public static Bounds annualRate() {
        return new Bounds(-1, false, Double.POSITIVE_INFINITY, false);
    }

    public boolean contains(double value) {
        boolean aboveLower = lowerInclusive ? value >= lower : value > lower;
        boolean belowUpper = upperInclusive ? value <= upper : value < upper;
        return aboveLower && belowUpper;
    }

    @Override
    public String toString() {
        return (lowerInclusive ? "[" : "(") + lower + ", " + upper + (upperInclusive ? "]" : ")");
    }
}
