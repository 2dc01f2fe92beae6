package com.inferplan.engine.validation;

import com.inferplan.engine.evaluation.Evaluation;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The measured quantities the validator can predict, in the units of measurements-format.md. */
public enum Metric {
    OUTPUT_TOK_S_PER_USER(Evaluation::outputTokensPerSecondPerUser, 1),
    TTFT_MS(Evaluation::ttftSeconds, 1000),
    TPOT_MS(Evaluation::tpotSeconds, 1000),
    E2E_LATENCY_MS(Evaluation::e2eSeconds, 1000),
    THROUGHPUT_TOK_S_TOTAL(Evaluation::throughputTokensPerSecond, 1),
    THROUGHPUT_TOK_S_PER_CHIP(Evaluation::throughputTokensPerSecondPerChip, 1);

    private final Function<Evaluation, Double> value;
    private final double scale;

    Metric(Function<Evaluation, Double> value, double scale) {
        this.value = value;
        this.scale = scale;
    }

    public double of(Evaluation evaluation) {
        return value.apply(evaluation) * scale;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Metric parse(String text, int line) {
        for (Metric m : values()) {
            if (m.label().equals(text)) {
                return m;
            }
        }
        throw new MeasurementFormatException(line, "metric", "unknown metric '" + text + "'; expected one of "
                + Arrays.stream(values()).map(Metric::label).collect(Collectors.joining(", ")));
    }
}
