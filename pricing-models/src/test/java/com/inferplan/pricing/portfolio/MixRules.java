package com.inferplan.pricing.portfolio;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of a portfolio restated for the tests in the plainest arithmetic, independent of the
 * optimiser: demand at peak, packing, unit bounds, power, budget, vendor shares and vendor count.
 * Sums of doubles get 1 part in 10⁹ of slack, as the optimiser allows.
 */
final class MixRules {

    private static final double SLACK = 1e-9;

    private MixRules() {
    }

    static boolean demandMet(PortfolioProblem problem, int[] replicas) {
        List<Capacity> pairs = problem.capacities();
        for (Tier tier : problem.tiers()) {
            double served = 0;
            for (int c = 0; c < pairs.size(); c++) {
                if (pairs.get(c).tier().equals(tier.id())) {
                    served += replicas[c] * pairs.get(c).tokensPerSecondPerReplica();
                }
            }
            if (served < tier.peakTokensPerSecond() * (1 - SLACK)) {
                return false;
            }
        }
        return true;
    }

    static boolean feasible(PortfolioProblem problem, int[] units, int[] replicas) {
        List<Pool> pools = problem.pools();
        Map<String, Double> spend = new HashMap<>();
        Map<String, Double> vendorUnits = new HashMap<>();
        Set<String> serving = new HashSet<>();
        for (int p = 0; p < pools.size(); p++) {
            Pool pool = pools.get(p);
            double used = 0;
            for (int c = 0; c < replicas.length; c++) {
                Capacity pair = problem.capacities().get(c);
                if (pair.pool().equals(pool.id())) {
                    used += replicas[c] * pair.unitsPerReplica();
                    if (replicas[c] > 0) {
                        serving.add(pool.vendor());
                    }
                }
            }
            boolean withinBounds = units[p] >= pool.minUnits() && (pool.maxUnits() == null || units[p] <= pool.maxUnits());
            if (!withinBounds || used > units[p] + SLACK) {
                return false;
            }
            spend.merge(pool.vendor(), cost(pool, units[p]), Double::sum);
            vendorUnits.merge(pool.vendor(), (double) units[p], Double::sum);
        }
        Constraints k = problem.constraints();
        double total = usdPerMonth(problem, units);
        return demandMet(problem, replicas)
                && (k.powerCapMegawatts() == null || megawatts(problem, units) <= k.powerCapMegawatts() * (1 + SLACK))
                && (k.budgetUsdPerMonth() == null || total <= k.budgetUsdPerMonth() * (1 + SLACK))
                && (k.maxVendorSpendShare() == null || withinShare(spend, k.maxVendorSpendShare()))
                && (k.maxVendorUnitShare() == null || withinShare(vendorUnits, k.maxVendorUnitShare()))
                && (k.minVendors() == null || serving.size() >= k.minVendors());
    }

    private static boolean withinShare(Map<String, Double> amounts, double cap) {
        double total = amounts.values().stream().mapToDouble(Double::doubleValue).sum();
        return total == 0 || amounts.values().stream().allMatch(a -> a / total <= cap + SLACK);
    }

    /** Take-or-pay: the committed units are paid in full, units above them at the overage rate. */
    static double cost(Pool pool, int units) {
        double overage = pool.overageUsdPerUnitMonth() == null ? pool.usdPerUnitMonth() : pool.overageUsdPerUnitMonth();
        return pool.committedUnits() * pool.usdPerUnitMonth() + Math.max(0, units - pool.committedUnits()) * overage;
    }

    static double usdPerMonth(PortfolioProblem problem, int[] units) {
        double total = 0;
        for (int p = 0; p < units.length; p++) {
            total += cost(problem.pools().get(p), units[p]);
        }
        return total;
    }

    static double megawatts(PortfolioProblem problem, int[] units) {
        double total = 0;
        for (int p = 0; p < units.length; p++) {
            Pool pool = problem.pools().get(p);
            total += pool.kwPerUnit() == null ? 0 : units[p] * pool.kwPerUnit() * pool.pue() / 1000;
        }
        return total;
    }
}
