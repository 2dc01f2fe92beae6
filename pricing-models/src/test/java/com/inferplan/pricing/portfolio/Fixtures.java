package com.inferplan.pricing.portfolio;

import com.inferplan.pricing.uncertainty.Distribution;

/** Short constructors for test problems: pools without commitments, bounds or known power unless asked. */
final class Fixtures {

    private Fixtures() {
    }

    static Pool pool(String id, String vendor, double usdPerUnitMonth) {
        return new Pool(id, vendor, usdPerUnitMonth, new Distribution.Fixed(usdPerUnitMonth), 0, null, 0, null,
                null, 1.0);
    }

    static Pool powered(String id, String vendor, double usdPerUnitMonth, double kwPerUnit, double pue) {
        return new Pool(id, vendor, usdPerUnitMonth, new Distribution.Fixed(usdPerUnitMonth), 0, null, 0, null,
                kwPerUnit, pue);
    }

    static Pool deal(String id, String vendor, double usdPerUnitMonth, int committedUnits, double overage) {
        return new Pool(id, vendor, usdPerUnitMonth, new Distribution.Fixed(usdPerUnitMonth), committedUnits, overage,
                0, null, null, 1.0);
    }

    static Tier tier(String id, double peakTokensPerSecond) {
        // 1e9 tokens a month keeps $/M tokens = usdPerMonth / 1000, easy to check by hand
        return new Tier(id, peakTokensPerSecond, 1e9);
    }

    static Capacity serves(String pool, String tier, double unitsPerReplica, double tokensPerSecondPerReplica) {
        return new Capacity(pool, tier, unitsPerReplica, tokensPerSecondPerReplica);
    }
}
