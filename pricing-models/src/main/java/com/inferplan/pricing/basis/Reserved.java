package com.inferplan.pricing.basis;

import com.inferplan.pricing.Require;
import com.inferplan.pricing.explain.Explained;
import com.inferplan.pricing.explain.FormulaInput;
import com.inferplan.pricing.param.Bounds;
import com.inferplan.pricing.param.Parameter;
import com.inferplan.pricing.param.ParameterValues;

import java.util.List;

/**
 * Committed for {@code termYears} at a discount to a list rate. A quoted reserved rate is the case
 * {@code discountFraction = 0} with the quote as the list rate.
 */
public record Reserved(int termYears, double listUsdPerChipHour, double discountFraction) implements HourlyBasis {

    public Reserved {
        Require.termYears("termYears", termYears);
        Require.nonNegative("listUsdPerChipHour", listUsdPerChipHour);
        Require.fraction("discountFraction", discountFraction);
    }

    public static Reserved atRate(int termYears, double usdPerChipHour) {
        return new Reserved(termYears, usdPerChipHour, 0);
    }

    public static Reserved discountedFromOnDemand(int termYears, double onDemandUsdPerChipHour,
                                                  double discountFraction) {
        return new Reserved(termYears, onDemandUsdPerChipHour, discountFraction);
    }

    @Override
    public String kind() {
        return "reserved " + termYears + "-year";
    }

    public double usdPerChipHour() {
        return listUsdPerChipHour * (1 - discountFraction);
    }

    @Override
    public double usdPerChipHour(double utilization) {
        Require.utilization("utilization", utilization);
        return usdPerChipHour();
    }

    @Override
    public Explained usdPerChipHourPaid(double utilization) {
        Require.utilization("utilization", utilization);
        return Explained.of("usdPerChipHour", usdPerChipHour(), "USD/chip-hour",
                "usdPerChipHour = listUsdPerChipHour · (1 − discountFraction), billed for every hour of the term",
                List.of(FormulaInput.of("listUsdPerChipHour", listUsdPerChipHour, "USD/chip-hour"),
                        FormulaInput.of("discountFraction", discountFraction, "fraction"),
                        FormulaInput.of("termYears", termYears, "years")));
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                new Parameter("listUsdPerChipHour", listUsdPerChipHour, "USD/chip-hour", Bounds.nonNegative()),
                new Parameter("discountFraction", discountFraction, "fraction", Bounds.fraction()));
    }

    @Override
    public Reserved withParameters(ParameterValues values) {
        return new Reserved(termYears, values.get("listUsdPerChipHour"), values.get("discountFraction"));
    }
}
