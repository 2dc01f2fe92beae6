package com.inferplan.pricing.portfolio;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Removes what a cheapest plan does not need: replicas beyond the demand and units beyond what the
 * replicas occupy. The program is indifferent to both when they cost nothing (committed units are
 * paid anyway), so without this the answer could show idle take-or-pay units as "in use". Every
 * step is checked by {@link PlanCheck} and can only lower or keep the cost.
 */
final class PlanTrim {

    private PlanTrim() {
    }

    static FleetSolution trim(Fleet f, FleetSolution plan) {
        FleetSolution s = plan;
        for (int c : dearestPoolsFirst(f, IntStream.range(0, f.pairs()).boxed().toList(), f.capacityPool)) {
            s = dropSpareReplicas(f, s, c);
        }
        int[] identity = IntStream.range(0, f.pools()).toArray();
        for (int p : dearestPoolsFirst(f, IntStream.range(0, f.pools()).boxed().toList(), identity)) {
            s = shrinkUnits(f, s, p);
        }
        return s;
    }

    private static List<Integer> dearestPoolsFirst(Fleet f, List<Integer> items, int[] poolOf) {
        return items.stream().sorted(Comparator.comparingDouble((Integer i) -> -f.pool(poolOf[i]).overageRate()))
                .toList();
    }

    private static FleetSolution dropSpareReplicas(Fleet f, FleetSolution s, int c) {
        int t = f.capacityTier[c];
        double spare = s.tokensPerSecond(f, t) - f.tier(t).peakTokensPerSecond();
        int drop = (int) Math.min(s.replicasOf(c), Math.floor(spare / f.capacity(c).tokensPerSecondPerReplica() + 1e-9));
        for (int keep = s.replicasOf(c) - drop; keep < s.replicasOf(c); keep++) {
            FleetSolution candidate = s.withReplicas(c, keep);
            if (PlanCheck.violations(f, candidate).isEmpty()) {
                return candidate;
            }
        }
        return s;
    }

    /** Binary search for the fewest units of pool p that still pass every check. */
    private static FleetSolution shrinkUnits(Fleet f, FleetSolution s, int p) {
        int needed = (int) Math.ceil(s.unitsUsed(f, p) - 1e-9);
        int low = Math.max(f.pool(p).minUnits(), needed);
        int high = s.unitsOf(p);
        FleetSolution best = s;
        while (low < high) {
            int mid = (low + high) / 2;
            FleetSolution candidate = s.withUnits(p, mid);
            if (PlanCheck.violations(f, candidate).isEmpty()) {
                best = candidate;
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return best;
    }
}
