package com.inferplan.engine.validation;

import com.inferplan.engine.evaluation.InvalidEvaluationException;
import com.inferplan.engine.evaluation.LatencyLimits;

/**
 * The limit columns of an {@code slo} row: {@code ttft_limit_ms}, {@code tpot_limit_ms} (at least one)
 * and {@code limit_percentile} (default 99; the simulator holds 50, 90 or 99), with field-level errors.
 */
final class SloColumns {

    private SloColumns() {
    }

    static LatencyLimits read(Measurement row) {
        Double ttft = optionalPositive(row, "ttft_limit_ms");
        Double tpot = optionalPositive(row, "tpot_limit_ms");
        if (ttft == null && tpot == null) {
            throw new MeasurementFormatException(row.line(), "ttft_limit_ms",
                    "an slo row needs ttft_limit_ms, tpot_limit_ms or both");
        }
        Double percentile = optionalPositive(row, "limit_percentile");
        try {
            return new LatencyLimits(ttft, tpot, percentile == null ? 99 : percentile);
        } catch (InvalidEvaluationException e) {
            throw new MeasurementFormatException(row.line(), "limit_percentile", percentile + " must be 50, 90 or 99");
        }
    }

    private static Double optionalPositive(Measurement row, String column) {
        return row.get(column) == null ? null : row.number(column);
    }
}
