package com.inferplan.engine.validation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Counts and absolute-percentage-error statistics over the predicted rows. */
public record ValidationSummary(int rows, int predicted, double medianAbsPctError, double p90AbsPctError,
                                double within25Pct) {

    public static ValidationSummary of(List<RowPrediction> results) {
        double[] errors = results.stream().filter(RowPrediction::supported).mapToDouble(r -> Math.abs(r.errorPct()))
                .sorted().toArray();
        if (errors.length == 0) {
            return new ValidationSummary(results.size(), 0, 0, 0, 0);
        }
        long within = Arrays.stream(errors).filter(e -> e <= 25).count();
        return new ValidationSummary(results.size(), errors.length, percentile(errors, 0.5), percentile(errors, 0.9),
                100.0 * within / errors.length);
    }

    /** Linear interpolation between closest ranks. */
    static double percentile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int lower = (int) Math.floor(position);
        int upper = Math.min(sorted.length - 1, lower + 1);
        return sorted[lower] + (position - lower) * (sorted[upper] - sorted[lower]);
    }

    /** The line measurements-format.md specifies. */
    public String line() {
        return String.format(Locale.ROOT,
                "validation: rows=%d predicted=%d median_abs_pct_error=%.1f p90_abs_pct_error=%.1f within_25pct=%.0f%%",
                rows, predicted, medianAbsPctError, p90AbsPctError, within25Pct);
    }
}
