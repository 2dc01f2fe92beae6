package com.inferplan.pricing.portfolio;

import com.inferplan.pricing.uncertainty.Distribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded random 3-pool × 2-tier problems small enough to enumerate: every pool at most 3 units,
 * replicas of 0.5, 1 or 1.5 units, some take-or-pay commitments and minimums, two or three vendors,
 * known power; each tier's peak between 15% and 50% of what its pools could serve at most.
 */
final class RandomInstances {

    static final int MAX_UNITS = 3;

    private RandomInstances() {
    }

    static PortfolioProblem of(long seed) {
        Random random = new Random(seed);
        List<Pool> pools = new ArrayList<>();
        String[] vendors = {"a", "b", random.nextBoolean() ? "a" : "c"};
        for (int p = 0; p < 3; p++) {
            double usd = 50 + random.nextInt(451);
            boolean deal = random.nextDouble() < 0.3;
            int committed = deal ? 1 + random.nextInt(2) : 0;
            Double overage = deal ? Math.round(usd * (1.2 + random.nextDouble() * 0.8)) * 1.0 : null;
            int min = random.nextDouble() < 0.2 ? 1 : 0;
            double kw = 5 + random.nextInt(16);
            double pue = 1 + random.nextInt(6) / 10.0;
            pools.add(new Pool("p" + p, vendors[p], usd, new Distribution.Fixed(usd), committed, overage, min,
                    MAX_UNITS, kw, pue));
        }
        List<Capacity> pairs = new ArrayList<>();
        List<Tier> tiers = new ArrayList<>();
        double[] sizes = {0.5, 1, 1.5};
        for (int t = 0; t < 2; t++) {
            double reach = 0;
            int forced = random.nextInt(3);
            for (int p = 0; p < 3; p++) {
                if (p != forced && random.nextDouble() < 0.2) {
                    continue;
                }
                double size = sizes[random.nextInt(3)];
                double tps = 50 + random.nextInt(251);
                pairs.add(new Capacity("p" + p, "t" + t, size, tps));
                reach += Math.floor(MAX_UNITS / size) * tps;
            }
            tiers.add(new Tier("t" + t, Math.round(reach * (0.15 + random.nextDouble() * 0.35)), 1e9));
        }
        return new PortfolioProblem(tiers, pools, pairs, null);
    }
}
