package com.inferplan.engine.evaluation;

/**
 * The latency limits of an under-SLO throughput question (MLPerf Server/Interactive style): the
 * {@code percentile} TTFT and TPOT must stay within {@code ttftMs} and {@code tpotMs} (either may be
 * null: no limit). The simulator reports the 50th, 90th and 99th percentiles, so those are the
 * percentiles it can hold.
 */
public record LatencyLimits(Double ttftMs, Double tpotMs, double percentile) {

    public LatencyLimits {
        if (ttftMs == null && tpotMs == null) {
            throw new InvalidEvaluationException("limits", "none", "give a TTFT limit, a TPOT limit or both");
        }
        if (ttftMs != null && !(ttftMs > 0) || tpotMs != null && !(tpotMs > 0)) {
            throw new InvalidEvaluationException("limits", ttftMs + " / " + tpotMs, "must be positive");
        }
        if (percentile != 50 && percentile != 90 && percentile != 99) {
            throw new InvalidEvaluationException("percentile", percentile, "must be 50, 90 or 99");
        }
    }
}
