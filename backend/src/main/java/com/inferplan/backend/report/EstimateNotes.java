package com.inferplan.backend.report;

/** The "estimates are estimates" notes every board pack (scenario or portfolio) prints. */
final class EstimateNotes {

    static final String ENGINE = "Speeds, latencies, replicas and utilization are predictions of InferPlan's"
            + " performance model and serving simulation, not measurements; against 314 published measurements its"
            + " median error is 9.6% (docs/benchmarks.md), and that error is part of every cost range.";
    static final String DEAL_TERMS = "Deal terms that no source states (take-or-pay share, ramp, financing) are"
            + " assumptions, labelled \"assumed\"; a disputed contract value is spread over its reported range.";
    /** With the kind of document ("scenario", "portfolio") for %s. */
    static final String SEEDED = "Ranges are P10–P90 of a seeded Monte Carlo run: the same %s gives the same figures.";

    private EstimateNotes() {
    }
}
