package com.inferplan.backend.scenario;

import com.inferplan.pricing.uncertainty.Distribution;
import java.util.List;

/**
 * What a candidate's tokens cost under its basis: the paid rate, the fleet's average utilization, USD
 * per million output and blended (input + output) tokens with their P10–P90 from Monte Carlo over the
 * basis's uncertain inputs, and where the prices come from.
 */
public record CostFigures(String basis, String basisKind, Figure usdPerChipHour, Figure utilization,
                          Figure usdPerMillionOutputTokens, Spread outputSpread, Figure usdPerMillionBlendedTokens,
                          Spread blendedSpread, ServingPoint serving, List<String> notes, List<SourceRef> sources) {

    public CostFigures {
        notes = List.copyOf(notes);
        sources = List.copyOf(sources);
    }

    /**
     * Percentiles of a Monte Carlo run; all three equal the base value when nothing is uncertain.
     * {@code basePercentile} says where the base case falls among the draws (0–100) and {@code baseNote}
     * why, when inputs sit off their medians; {@code inputs} are the uncertain inputs with their
     * distributions, {@code histogram} and {@code tornado} the run's shape and one-at-a-time swings.
     */
    public record Spread(double p10, double p50, double p90, int draws, long seed, List<String> uncertainInputs,
                         double basePercentile, String baseNote, List<InputRange> inputs, List<Bin> histogram,
                         List<Swing> tornado) {

        public Spread {
            uncertainInputs = List.copyOf(uncertainInputs);
            inputs = List.copyOf(inputs);
            histogram = List.copyOf(histogram);
            tornado = List.copyOf(tornado);
        }

        /** The same run for a figure proportional to this one. */
        Spread scaled(double factor) {
            return new Spread(p10 * factor, p50 * factor, p90 * factor, draws, seed, uncertainInputs, basePercentile,
                    baseNote, inputs, histogram.stream().map(b -> b.scaled(factor)).toList(),
                    tornado.stream().map(t -> t.scaled(factor)).toList());
        }
    }

    /** An uncertain input: its base, the distribution drawn from, and that distribution's P10, median and P90. */
    public record InputRange(String name, String unit, double base, Distribution distribution, double p10,
                             double median, double p90) {
    }

    /** One histogram bin of the Monte Carlo draws. */
    public record Bin(double lower, double upper, int count) {

        Bin scaled(double factor) {
            return new Bin(lower * factor, upper * factor, count);
        }
    }

    /** The figure with one input at its P10 and at its P90, the others at base. */
    public record Swing(String input, String unit, double inputLow, double inputHigh, double atLow, double atHigh) {

        Swing scaled(double factor) {
            return new Swing(input, unit, inputLow, inputHigh, atLow * factor, atHigh * factor);
        }
    }

    /**
     * The serving inputs the price was computed from, in the cost API's terms ({@code POST /api/v1/costs},
     * the deals view): per chip, prefill tokens/s over prefill chip time and output tokens/s over decode
     * chip time, so input tokens pay their prefill share; the fleet's utilization and the request shape.
     * The same figures give the same USD per million tokens anywhere (decision 0705).
     */
    public record ServingPoint(double inputTokensPerSecond, double outputTokensPerSecond, double utilization,
                               int inputTokens, int outputTokens, double prefillShare) {
    }

    /** A source of a price or deal term, with its status. */
    public record SourceRef(String title, String url, String published, String status) {
    }
}
