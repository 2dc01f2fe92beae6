package com.inferplan.pricing.basis;

import com.inferplan.pricing.Require;
import com.inferplan.pricing.explain.Explained;
import com.inferplan.pricing.explain.FormulaInput;
import com.inferplan.pricing.param.Bounds;
import com.inferplan.pricing.param.Parameter;
import com.inferplan.pricing.param.ParameterValues;

import java.util.List;

/** Rented by the hour at a list rate, billed for every provisioned hour. */
public record OnDemand(double usdPerChipHour) implements HourlyBasis {

    public OnDemand {
        Require.nonNegative("usdPerChipHour", usdPerChipHour);
    }

    @Override
    public String kind() {
        return "on-demand";
    }

    @Override
    public Explained usdPerChipHourPaid(double utilization) {
        Require.utilization("utilization", utilization);
        return Explained.of("usdPerChipHour", usdPerChipHour, "USD/chip-hour",
                "usdPerChipHour = on-demand rate, billed for every provisioned hour",
                List.of(FormulaInput.of("usdPerChipHour", usdPerChipHour, "USD/chip-hour")));
    }

    @Override
    public double usdPerChipHour(double utilization) {
        Require.utilization("utilization", utilization);
        return usdPerChipHour;
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(new Parameter("usdPerChipHour", usdPerChipHour, "USD/chip-hour", Bounds.nonNegative()));
    }

    @Override
    public OnDemand withParameters(ParameterValues values) {
        return new OnDemand(values.get("usdPerChipHour"));
    }
}
