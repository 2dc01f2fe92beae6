package com.inferplan.pricing.portfolio;

import org.ojalgo.optimisation.Variable;

/**
 * Overage units e[p] = max(0, n[p] − committed[p]). The objective alone only needs e >= n − c and
 * e >= 0 (it never pays more than it must). A vendor spend cap is different: dearer spend on other
 * vendors lowers the capped vendor's share, so the program would "pay" phantom overage. With a spend
 * cap the equality is enforced: e = n when nothing is committed, else a binary z[p] (z = 1 when the
 * commitment is exceeded) with e <= M·z and e <= n − c·z.
 */
final class OverageRows {

    private OverageRows() {
    }

    static void add(FleetModel m, int p) {
        Fleet f = m.fleet;
        int committed = f.pool(p).committedUnits();
        m.model.addExpression("over" + p).lower(-committed - FleetRows.SLACK).set(m.overage[p], 1).set(m.units[p], -1);
        if (f.constraints().maxVendorSpendShare() == null) {
            return;
        }
        if (committed == 0) {
            m.model.addExpression("exact" + p).upper(FleetRows.SLACK).set(m.overage[p], 1).set(m.units[p], -1);
            return;
        }
        Variable exceeded = m.model.addVariable("z" + p).binary();
        m.model.addExpression("onlyIfExceeded" + p).upper(FleetRows.SLACK).set(m.overage[p], 1)
                .set(exceeded, -maxOverage(f, p));
        m.model.addExpression("exactOverage" + p).upper(FleetRows.SLACK).set(m.overage[p], 1).set(m.units[p], -1)
                .set(exceeded, committed);
    }

    /**
     * The most overage units pool p can have: its maximum above the commitment, or for an unbounded
     * pool a bound no cheapest plan reaches: every replica any tier could need alone, every minimum
     * and commitment, all divided by the vendor unit cap (units other vendors may add to dilute it).
     */
    static double maxOverage(Fleet f, int p) {
        Pool pool = f.pool(p);
        if (pool.maxUnits() != null) {
            return Math.max(0, pool.maxUnits() - pool.committedUnits());
        }
        double units = 0;
        for (int c = 0; c < f.pairs(); c++) {
            units += Math.ceil(ReplicaBound.of(f, c) * f.capacity(c).unitsPerReplica());
        }
        for (int q = 0; q < f.pools(); q++) {
            units += Math.max(f.pool(q).minUnits(), f.pool(q).committedUnits());
        }
        Double unitCap = f.constraints().maxVendorUnitShare();
        return Math.ceil(units / (unitCap == null ? 1 : unitCap)) + 1;
    }
}
