package com.inferplan.pricing.basis;

import com.inferplan.pricing.explain.Explained;
import com.inferplan.pricing.param.Parameter;
import com.inferplan.pricing.param.ParameterValues;

import java.util.List;

/** A basis billed for provisioned chip time, whether or not the chip is producing tokens. */
public sealed interface HourlyBasis extends CostBasis permits OnDemand, Reserved, Owned, PartnerDeal, PooledChips {

    /**
     * Average USD paid per provisioned chip-hour when {@code utilization} of that capacity is in
     * use. Only deals depend on utilization (take-or-pay bills unused capacity only down to a floor);
     * dividing by utilization gives the cost per used chip-hour.
     */
    Explained usdPerChipHourPaid(double utilization);

    /**
     * The value of {@link #usdPerChipHourPaid} without its explanation: the same formula, for
     * Monte Carlo loops that evaluate it many thousands of times.
     */
    double usdPerChipHour(double utilization);

    /** The numeric inputs that may carry uncertainty, by name, at their current values. */
    List<Parameter> parameters();

    /** The same basis with every parameter read from {@code values} (structure such as term kept). */
    HourlyBasis withParameters(ParameterValues values);
}
