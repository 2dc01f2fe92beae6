package com.inferplan.backend.scenario;

import java.util.List;

/**
 * What a candidate's tokens cost under its basis: the paid rate, the fleet's average utilization, USD
 * per million output and blended (input + output) tokens with their P10–P90 from Monte Carlo over the
 * basis's uncertain inputs, and where the prices come from.
 */
public record CostFigures(String basis, String basisKind, Figure usdPerChipHour, Figure utilization,
                          Figure usdPerMillionOutputTokens, Spread outputSpread, Figure usdPerMillionBlendedTokens,
                          Spread blendedSpread, List<String> notes, List<SourceRef> sources) {

    public CostFigures {
        notes = List.copyOf(notes);
        sources = List.copyOf(sources);
    }

    /** Percentiles of a Monte Carlo run; all three equal the base value when nothing is uncertain. */
    public record Spread(double p10, double p50, double p90, int draws, long seed, List<String> uncertainInputs) {

        public Spread {
            uncertainInputs = List.copyOf(uncertainInputs);
        }

        /** The same run for a figure proportional to this one. */
        Spread scaled(double factor) {
            return new Spread(p10 * factor, p50 * factor, p90 * factor, draws, seed, uncertainInputs);
        }
    }

    /** A source of a price or deal term, with its status. */
    public record SourceRef(String title, String url, String published, String status) {
    }
}
