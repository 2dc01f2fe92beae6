package com.inferplan.engine.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.inferplan.engine.evaluation.Engine;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The engine against published measurements: every row predicted, and per metric the median
 * absolute error within the product's targets (TPOT and per-user speed 15%, the rest 25%). The
 * rows are third-party and vendor measurements with their sources; nothing here is tuned to a
 * single point, so a regression in the model shows up as a broken median.
 */
class PublishedAccuracyTest {

    private static final Validator VALIDATOR = new Validator(Engine.builtIn());
    private static final Map<Metric, Double> TARGET_PCT = Map.of(
            Metric.TPOT_MS, 15.0, Metric.OUTPUT_TOK_S_PER_USER, 15.0, Metric.TTFT_MS, 25.0,
            Metric.E2E_LATENCY_MS, 25.0, Metric.THROUGHPUT_TOK_S_TOTAL, 25.0, Metric.THROUGHPUT_TOK_S_PER_CHIP, 25.0);

    private static List<RowPrediction> validate(Reader csv) {
        return VALIDATOR.validate(MeasurementsCsv.read(csv));
    }

    private static Map<Metric, Double> medianErrorByMetric(List<RowPrediction> results) {
        Map<Metric, List<Double>> errors = new EnumMap<>(Metric.class);
        for (RowPrediction r : results) {
            errors.computeIfAbsent(Metric.parse(r.row().get("metric"), r.row().line()), m -> new ArrayList<>())
                    .add(Math.abs(r.errorPct()));
        }
        Map<Metric, Double> medians = new EnumMap<>(Metric.class);
        errors.forEach((metric, list) -> medians.put(metric,
                ValidationSummary.percentile(list.stream().mapToDouble(Double::doubleValue).sorted().toArray(), 0.5)));
        return medians;
    }

    private static void assertWithinTargets(List<RowPrediction> results) {
        assertThat(results).allMatch(RowPrediction::supported);
        medianErrorByMetric(results).forEach((metric, median) ->
                assertThat(median).as(metric.label() + " median |error| %").isLessThanOrEqualTo(TARGET_PCT.get(metric)));
    }

    private Reader resource(String name) {
        return new InputStreamReader(getClass().getResourceAsStream(name), StandardCharsets.UTF_8);
    }

    @Test
    void extendedPublishedSetMeetsThePerMetricTargets() throws IOException {
        try (Reader in = resource("/measurements/public-extended.csv")) {
            List<RowPrediction> results = validate(in);
            assertThat(results).hasSizeGreaterThan(150);
            assertThat(medianErrorByMetric(results)).containsKeys(Metric.TPOT_MS, Metric.TTFT_MS,
                    Metric.E2E_LATENCY_MS, Metric.OUTPUT_TOK_S_PER_USER, Metric.THROUGHPUT_TOK_S_TOTAL);
            assertWithinTargets(results);
        }
    }

    @Test
    void publicSetMeetsThePerMetricTargets() throws IOException {
        // the shipped copy of shared/data/measurements-public.csv
        try (Reader in = resource("/measurements/public.csv")) {
            assertWithinTargets(validate(in));
        }
    }
}
