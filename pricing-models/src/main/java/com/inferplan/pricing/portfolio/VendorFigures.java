package com.inferplan.pricing.portfolio;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Per-vendor spend and units of a plan. A vendor counts as serving when it runs at least one
 * replica; shares of an all-zero total are 0 (nothing to share), never NaN.
 */
record VendorFigures(Map<String, Double> spendShares, Map<String, Double> unitShares, int serving) {

    static VendorFigures of(Fleet f, FleetSolution s) {
        int vendors = f.vendors.size();
        double[] spend = new double[vendors];
        double[] units = new double[vendors];
        boolean[] serves = new boolean[vendors];
        for (int p = 0; p < f.pools(); p++) {
            spend[f.poolVendor[p]] += f.pool(p).usdPerMonth(s.unitsOf(p));
            units[f.poolVendor[p]] += s.unitsOf(p);
        }
        for (int c = 0; c < f.pairs(); c++) {
            if (s.replicasOf(c) > 0) {
                serves[f.poolVendor[f.capacityPool[c]]] = true;
            }
        }
        Map<String, Double> spendShares = Collections.unmodifiableMap(shares(f, spend));
        Map<String, Double> unitShares = Collections.unmodifiableMap(shares(f, units));
        int serving = 0;
        for (boolean b : serves) {
            serving += b ? 1 : 0;
        }
        return new VendorFigures(spendShares, unitShares, serving);
    }

    private static Map<String, Double> shares(Fleet f, double[] amounts) {
        double total = 0;
        for (double a : amounts) {
            total += a;
        }
        Map<String, Double> shares = new LinkedHashMap<>();
        for (int v = 0; v < amounts.length; v++) {
            shares.put(f.vendors.get(v), total > 0 ? amounts[v] / total : 0);
        }
        return shares;
    }

    double maxSpendShare() {
        return spendShares.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    double maxUnitShare() {
        return unitShares.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    /** The vendor with the largest share of spend (first in pool order on a tie). */
    String topSpender() {
        return top(spendShares);
    }

    /** The vendor with the largest share of units. */
    String topByUnits() {
        return top(unitShares);
    }

    private static String top(Map<String, Double> shares) {
        String best = "";
        double most = -1;
        for (Map.Entry<String, Double> e : shares.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }
}
