package com.inferplan.pricing.uncertainty;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Why a base case sits where it does in its own range: the uncertain inputs whose base value is not the
 * median of their (truncated) distribution, e.g. a take-or-pay share assumed at 1.0 whose spread runs
 * 0.5–1.0. An output computed at such bases is not the median output.
 */
public final class BaseCase {

    /** Below this share of an input's P10–P90 width, a base counts as its median. */
    static final double AT_MEDIAN = 0.02;

    private BaseCase() {
    }

    /** An input whose base is off its median, with the median and P10–P90 of its distribution. */
    public record OffMedian(String input, String unit, double base, double median, double p10, double p90) {

        public String describe() {
            return String.format(Locale.ROOT, "%s is %s at base against a median of %s (P10–P90 %s–%s)", input,
                    number(base), number(median), number(p10), number(p90));
        }

        private static String number(double x) {
            return String.format(Locale.ROOT, Math.abs(x) >= 100 ? "%,.0f" : "%.3g", x);
        }
    }

    public static List<OffMedian> offMedian(CostScenario scenario) {
        return scenario.inputs().stream().filter(ScenarioInput::isUncertain).map(BaseCase::of)
                .filter(o -> Math.abs(o.base() - o.median()) > AT_MEDIAN * Math.max(o.p90() - o.p10(), 1e-12))
                .toList();
    }

    /**
     * Where the base case falls in {@code run} and which inputs put it there; empty when every uncertain
     * input is at its median.
     */
    public static Optional<String> note(CostScenario scenario, MonteCarloResult run) {
        List<OffMedian> off = offMedian(scenario);
        if (off.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "The base case is at P%.0f of its own range, not at its median,"
                + " because ", run.basePercentile()) + off.stream().map(OffMedian::describe)
                .collect(Collectors.joining("; ")) + ".");
    }

    private static OffMedian of(ScenarioInput input) {
        return new OffMedian(input.name(), input.unit(), input.value().base(), input.quantile(0.5), input.quantile(0.1),
                input.quantile(0.9));
    }
}
