package com.inferplan.pricing.tokens;

import com.inferplan.pricing.PricingInputException;
import com.inferplan.pricing.Require;

/** Throughput, workload mix and utilization that turn a chip-hour price into per-token costs. */
public record ServingAssumptions(ChipThroughput throughput, WorkloadMix mix, double utilization) {

    public ServingAssumptions {
        if (throughput == null || mix == null) {
            throw new PricingInputException("servingAssumptions", null, "throughput and mix are required");
        }
        Require.utilization("utilization", utilization);
    }
}
