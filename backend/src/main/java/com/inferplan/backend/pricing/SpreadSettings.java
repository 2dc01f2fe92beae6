package com.inferplan.backend.pricing;

import com.inferplan.pricing.PricingInputException;

/** Monte Carlo draws and seed; a fixed default seed makes every shared link show the same percentiles. */
public record SpreadSettings(int draws, long seed) {

    public static final SpreadSettings DEFAULT = new SpreadSettings(10_000, 20_260_101L);
    static final int MAX_DRAWS = 200_000;

    public SpreadSettings {
        if (draws < 100 || draws > MAX_DRAWS) {
            throw new PricingInputException("draws", draws, "must be between 100 and " + MAX_DRAWS);
        }
    }
}
