package com.inferplan.engine.validation;

/**
 * The limits of an {@code slo} row (MLPerf Server/Interactive style): TTFT and TPOT limits in ms
 * (at least one) and the percentile they hold at (default 99), read with field-level errors.
 */
record SloLimits(Double ttftLimitMs, Double tpotLimitMs, double percentile) {

    static SloLimits read(Measurement row) {
        Double ttft = optionalPositive(row, "ttft_limit_ms");
        Double tpot = optionalPositive(row, "tpot_limit_ms");
        if (ttft == null && tpot == null) {
            throw new MeasurementFormatException(row.line(), "ttft_limit_ms",
                    "an slo row needs ttft_limit_ms, tpot_limit_ms or both");
        }
        Double percentile = optionalPositive(row, "limit_percentile");
        if (percentile != null && !(percentile > 0 && percentile < 100)) {
            throw new MeasurementFormatException(row.line(), "limit_percentile", percentile + " must be above 0 and below 100");
        }
        return new SloLimits(ttft, tpot, percentile == null ? 99 : percentile);
    }

    private static Double optionalPositive(Measurement row, String column) {
        return row.get(column) == null ? null : row.number(column);
    }
}
