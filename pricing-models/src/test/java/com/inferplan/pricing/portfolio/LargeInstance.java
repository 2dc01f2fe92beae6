package com.inferplan.pricing.portfolio;

import com.inferplan.pricing.uncertainty.Distribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A seeded 20-pool × 6-tier fleet of benchmark size: six vendors, unit prices $20k–$400k a month
 * (each ±15% triangular), replicas from 1/8 unit to 2 units, each pool routed to 3–5 tiers, five
 * take-or-pay deals, some pools capped in units; power cap 15 MW, vendor spend cap 50%, at least 3 vendors.
 */
public final class LargeInstance {

    private LargeInstance() {
    }

    public static PortfolioProblem of(long seed) {
        Random random = new Random(seed);
        String[] vendors = {"nvidia", "amd", "google", "aws", "cerebras", "groq"};
        double[] sizes = {0.125, 0.25, 0.5, 1, 2};
        List<Pool> pools = new ArrayList<>();
        for (int p = 0; p < 20; p++) {
            double usd = 20_000 + random.nextInt(380_001);
            boolean deal = p % 4 == 0;
            Integer max = random.nextDouble() < 0.4 ? 10 + random.nextInt(40) : null;
            pools.add(new Pool("pool" + p, vendors[p % vendors.length], usd,
                    new Distribution.Triangular(usd * 0.85, usd, usd * 1.15), deal ? 2 + random.nextInt(6) : 0,
                    deal ? usd * 1.3 : null, 0, max, 10.0 + random.nextInt(120), 1.1 + random.nextInt(3) / 10.0));
        }
        List<Tier> tiers = new ArrayList<>();
        for (int t = 0; t < 6; t++) {
            double peak = 50_000 + random.nextInt(1_950_001);
            tiers.add(new Tier("tier" + t, peak, peak * 86_400 * 30 * 0.4));
        }
        List<Capacity> pairs = new ArrayList<>();
        for (int p = 0; p < 20; p++) {
            for (int t = 0; t < 6; t++) {
                if (random.nextDouble() < 0.7) {
                    double size = sizes[random.nextInt(sizes.length)];
                    pairs.add(new Capacity("pool" + p, "tier" + t, size, size * (2_000 + random.nextInt(30_000))));
                }
            }
        }
        return new PortfolioProblem(tiers, pools, pairs, new Constraints(15.0, 0.5, null, 3, null));
    }
}
