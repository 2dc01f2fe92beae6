package com.inferplan.pricing.basis;

import com.inferplan.pricing.PricingInputException;
import com.inferplan.pricing.Require;

import java.util.Collections;
import java.util.List;

/** Fraction of committed capacity available in each contract year (year 1 first). */
public record RampSchedule(List<Double> availableFractionByYear) {

    public RampSchedule {
        if (availableFractionByYear == null || availableFractionByYear.isEmpty()) {
            throw new PricingInputException("rampSchedule", availableFractionByYear, "needs at least one year");
        }
        for (int i = 0; i < availableFractionByYear.size(); i++) {
            Require.fraction("rampYear" + (i + 1), availableFractionByYear.get(i));
        }
        if (availableFractionByYear.stream().allMatch(f -> f == 0)) {
            throw new PricingInputException("rampSchedule", availableFractionByYear,
                    "no capacity is ever available; at least one year needs a fraction above 0");
        }
        availableFractionByYear = List.copyOf(availableFractionByYear);
    }

    /** Full capacity from year 1. */
    public static RampSchedule flat(int years) {
        Require.termYears("termYears", years);
        return new RampSchedule(Collections.nCopies(years, 1.0));
    }

    public static RampSchedule of(Double... fractions) {
        return new RampSchedule(List.of(fractions));
    }

    public int years() {
        return availableFractionByYear.size();
    }

    /** Fraction available in contract year {@code year} (1-based). */
    public double fraction(int year) {
        return availableFractionByYear.get(year - 1);
    }

    public double sum() {
        return availableFractionByYear.stream().mapToDouble(Double::doubleValue).sum();
    }
}
