package com.inferplan.ui.validation;

import com.inferplan.engine.validation.Metric;
import com.inferplan.engine.validation.ValidationSummary;
import java.util.Locale;

/** The validation view's words for what the measurement files name in ids ({@code output_tok_s_per_user}). */
final class MetricLabels {

    private MetricLabels() {
    }

    /** "Output tokens/s per user" for {@code output_tok_s_per_user}; an id no metric has is shown as is. */
    static String of(String id) {
        for (Metric m : Metric.values()) {
            if (m.label().equals(id)) {
                return of(m);
            }
        }
        return id;
    }

    static String of(Metric metric) {
        return switch (metric) {
            case OUTPUT_TOK_S_PER_USER -> "Output tokens/s per user";
            case TTFT_MS -> "TTFT (ms)";
            case TPOT_MS -> "TPOT (ms)";
            case E2E_LATENCY_MS -> "End-to-end latency (ms)";
            case THROUGHPUT_TOK_S_TOTAL -> "Throughput, tokens/s in total";
            case THROUGHPUT_TOK_S_PER_CHIP -> "Throughput, tokens/s per chip";
        };
    }

    /** The summary in a sentence; {@link ValidationSummary#line()} stays the files' and the CLI's format. */
    static String summary(ValidationSummary s) {
        return String.format(Locale.ROOT, "%d rows, %d predicted: median absolute error %.1f %%, 90th percentile %.1f %%,"
                + " %.0f %% within 25 %%.", s.rows(), s.predicted(), s.medianAbsPctError(), s.p90AbsPctError(), s.within25Pct());
    }
}
