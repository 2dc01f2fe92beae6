package com.inferplan.pricing.finance;

import com.inferplan.pricing.Require;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Payments by period, with their totals and present value at a discount rate. */
public record CashFlowSchedule(CashFlowPeriod period, List<CashFlow> flows) {

    public CashFlowSchedule {
        flows = List.copyOf(flows);
    }

    /** Total paid in each period, in period order; periods without payments are listed as 0. */
    public Map<Integer, Double> totalsByPeriod() {
        Map<Integer, Double> totals = new TreeMap<>();
        int last = flows.stream().mapToInt(CashFlow::period).max().orElse(0);
        for (int p = 0; p <= last; p++) {
            totals.put(p, 0.0);
        }
        flows.forEach(f -> totals.merge(f.period(), f.usdPaid(), Double::sum));
        return totals;
    }

    public double totalPaid() {
        return flows.stream().mapToDouble(CashFlow::usdPaid).sum();
    }

    /** Σ paid / (1 + d)^(period / periodsPerYear): payments at period ends, d an annual rate. */
    public double presentValue(double annualDiscountRate) {
        Require.annualRate("annualDiscountRate", annualDiscountRate);
        double perYear = period.periodsPerYear();
        return flows.stream()
                .mapToDouble(f -> f.usdPaid() / Math.pow(1 + annualDiscountRate, f.period() / perYear))
                .sum();
    }
}
