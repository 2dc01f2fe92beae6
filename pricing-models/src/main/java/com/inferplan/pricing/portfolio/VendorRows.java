package com.inferplan.pricing.portfolio;

import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.Variable;

/**
 * Vendor rows, all linear: spend_v <= X · total spend; units_v <= X · all units; and at least K
 * vendors serving, each counted by a binary y[v] that can only be 1 when the vendor runs a replica.
 */
final class VendorRows {

    private VendorRows() {
    }

    static void add(FleetModel m, Goal goal) {
        Fleet f = m.fleet;
        Constraints k = f.constraints();
        for (int v = 0; v < f.vendors.size(); v++) {
            if (k.maxVendorSpendShare() != null) {
                double x = k.maxVendorSpendShare();
                // Σ_{p∈v} (F_p + o_p e_p) − x Σ_all (F_p + o_p e_p) <= 0, constants to the right
                Expression spend = m.model.addExpression("spend" + v)
                        .upper((x * FleetRows.fixedUsd(f, -1) - FleetRows.fixedUsd(f, v)) / m.usdScale + FleetRows.SLACK);
                for (int p = 0; p < f.pools(); p++) {
                    double own = f.poolVendor[p] == v ? 1 : 0;
                    FleetRows.add(spend, m.overage[p], (own - x) * f.pool(p).overageRate() / m.usdScale);
                }
            }
            if (k.maxVendorUnitShare() != null) {
                double x = k.maxVendorUnitShare();
                Expression share = m.model.addExpression("units" + v).upper(FleetRows.SLACK);
                for (int p = 0; p < f.pools(); p++) {
                    FleetRows.add(share, m.units[p], (f.poolVendor[p] == v ? 1 : 0) - x);
                }
            }
        }
        if (k.minVendors() != null || goal == Goal.MAX_VENDORS) {
            Expression count = m.model.addExpression("vendors");
            if (k.minVendors() != null && goal != Goal.MAX_VENDORS) {
                count.lower(k.minVendors() - FleetRows.SLACK);
            }
            for (int v = 0; v < f.vendors.size(); v++) {
                Variable used = m.model.addVariable("y" + v).binary();
                if (goal == Goal.MAX_VENDORS) {
                    used.weight(-1);
                }
                count.set(used, 1);
                Expression serves = m.model.addExpression("serves" + v).lower(-FleetRows.SLACK).set(used, -1);
                for (int c = 0; c < f.pairs(); c++) {
                    if (f.poolVendor[f.capacityPool[c]] == v) {
                        serves.set(m.replicas[c], 1);
                    }
                }
            }
        }
    }
}
