package com.inferplan.engine.serving;

/**
 * Requests meeting both SLO limits.
 *
 * @param fraction          good requests / completed requests
 * @param requestsPerSecond good requests per second of simulated time
 * @param attained          fraction ≥ the SLO's attainment percentile
 */
public record Goodput(Slo slo, double fraction, double requestsPerSecond, boolean attained) {}
