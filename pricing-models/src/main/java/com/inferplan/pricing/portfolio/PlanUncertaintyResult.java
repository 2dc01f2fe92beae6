package com.inferplan.pricing.portfolio;

import com.inferplan.pricing.uncertainty.MonteCarloResult;
import com.inferplan.pricing.uncertainty.TornadoChart;

import java.util.List;

/**
 * The spread of a fixed plan's total USD per month under the pools' price uncertainty (P10/P50/P90
 * and histogram in {@code totalUsdPerMonth}), the tornado of total cost over unit prices (fixed
 * plan) and tier demands (±20%, re-optimised), and notes (e.g. a demand change with no plan).
 */
public record PlanUncertaintyResult(MonteCarloResult totalUsdPerMonth, TornadoChart tornado, List<String> notes) {

    public PlanUncertaintyResult {
        notes = List.copyOf(notes);
    }
}
