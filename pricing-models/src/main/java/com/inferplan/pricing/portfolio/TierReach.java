package com.inferplan.pricing.portfolio;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reasons a problem is infeasible that need no solve: a tier no pool can serve, a tier whose pools
 * at their maximum units cannot carry its peak even if they served nothing else, and a pool that
 * must run units while a power cap excludes it for unknown power.
 */
final class TierReach {

    private TierReach() {
    }

    static List<String> reasons(Fleet f) {
        List<String> reasons = new ArrayList<>();
        for (int t = 0; t < f.tiers(); t++) {
            tierReason(f, t, reasons);
        }
        for (int p = 0; p < f.pools(); p++) {
            Pool pool = f.pool(p);
            if (f.unknownPowerUnderCap[p] && pool.minUnits() > 0) {
                reasons.add("pool " + pool.id() + " must run at least " + pool.minUnits()
                        + " units (minUnits), but its power per unit is unknown and a power cap is set: give its kwPerUnit");
            }
        }
        return reasons;
    }

    private static void tierReason(Fleet f, int t, List<String> reasons) {
        Tier tier = f.tier(t);
        List<String> shut = new ArrayList<>();
        double reach = 0;
        boolean any = false;
        for (int c = 0; c < f.pairs(); c++) {
            if (f.capacityTier[c] != t) {
                continue;
            }
            any = true;
            int p = f.capacityPool[c];
            if (f.unknownPowerUnderCap[p]) {
                shut.add(f.pool(p).id());
                continue;
            }
            Integer max = f.pool(p).maxUnits();
            reach += max == null ? Double.POSITIVE_INFINITY
                    : Math.floor(max / f.capacity(c).unitsPerReplica() + 1e-9) * f.capacity(c).tokensPerSecondPerReplica();
        }
        if (!any) {
            reasons.add("tier " + tier.id() + ": no pool can serve it (no capacity is given for it on any pool)");
        } else if (reach == 0 && !shut.isEmpty()) {
            reasons.add("tier " + tier.id() + ": only pools of unknown power can serve it (" + String.join(", ", shut)
                    + ") and a power cap is set: give their kwPerUnit");
        } else if (reach < tier.peakTokensPerSecond() * (1 - 1e-9)) {
            reasons.add(String.format(Locale.ROOT, "tier %s: needs %,.0f tokens/s at peak, but its pools at their "
                    + "maxUnits can serve at most %,.0f tokens/s even serving nothing else", tier.id(),
                    tier.peakTokensPerSecond(), reach));
        }
    }
}
