package com.inferplan.pricing.portfolio;

import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.Variable;

/**
 * The rows of the program: packing and overage per pool, demand per tier, then each constraint
 * that is set. Money rows are in units of {@code usdScale}; the fixed take-or-pay part of each pool's
 * cost is a constant and moves to the right-hand side.
 */
final class FleetRows {

    /**
     * Every row gives 1 part in 10⁹ (or 10⁻⁹ absolute when its limit is 0): ojAlgo treats a row
     * missed by one rounding error as violated, e.g. 3 × (100/300) < 1, and then returns a dearer
     * plan as optimal. {@link PlanCheck} allows the same slack, so the two agree.
     */
    static final double SLACK = 1e-9;

    private FleetRows() {
    }

    static void addAll(FleetModel m, Goal goal) {
        Fleet f = m.fleet;
        for (int p = 0; p < f.pools(); p++) {
            // n[p] >= Σ unitsPerReplica · r: replicas smaller than a unit pack fractionally (decision 0900)
            Expression pack = m.model.addExpression("pack" + p).lower(-SLACK).set(m.units[p], 1);
            // e[p]: units above the take-or-pay commitment, paid at the overage rate
            OverageRows.add(m, p);
            for (int c = 0; c < f.pairs(); c++) {
                if (f.capacityPool[c] == p) {
                    pack.set(m.replicas[c], -f.capacity(c).unitsPerReplica());
                }
            }
        }
        for (int t = 0; t < f.tiers(); t++) {
            Expression demand = m.model.addExpression("demand" + t).lower(1 - SLACK);
            for (int c = 0; c < f.pairs(); c++) {
                if (f.capacityTier[c] == t) {
                    demand.set(m.replicas[c], f.capacity(c).tokensPerSecondPerReplica() / f.tier(t).peakTokensPerSecond());
                }
            }
        }
        Constraints k = f.constraints();
        if (k.powerCapMegawatts() != null) {
            Expression power = m.model.addExpression("power").upper(1 + SLACK);
            for (int p = 0; p < f.pools(); p++) {
                power.set(m.units[p], f.pool(p).megawatts(1) / k.powerCapMegawatts());
            }
        }
        if (k.budgetUsdPerMonth() != null) {
            Expression budget = m.model.addExpression("budget")
                    .upper((k.budgetUsdPerMonth() * (1 + SLACK) - fixedUsd(f, -1)) / m.usdScale);
            for (int p = 0; p < f.pools(); p++) {
                budget.set(m.overage[p], f.pool(p).overageRate() / m.usdScale);
            }
        }
        VendorRows.add(m, goal);
    }

    /** The take-or-pay part of the cost of one vendor's pools ({@code vendor} −1: of all pools). */
    static double fixedUsd(Fleet f, int vendor) {
        double total = 0;
        for (int p = 0; p < f.pools(); p++) {
            if (vendor < 0 || f.poolVendor[p] == vendor) {
                total += f.pool(p).committedUsdPerMonth();
            }
        }
        return total;
    }

    static void add(Expression row, Variable variable, double coefficient) {
        if (coefficient != 0) {
            row.add(variable, coefficient);
        }
    }
}
