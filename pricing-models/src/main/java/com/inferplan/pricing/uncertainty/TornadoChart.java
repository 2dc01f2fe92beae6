package com.inferplan.pricing.uncertainty;

import java.util.List;

/** Bars sorted by swing, widest first, around the output at base values. */
public record TornadoChart(String outputName, String unit, double baseValue, List<Bar> bars) {

    /** Output with one input at its P10 ({@code inputLow}) and at its P90 ({@code inputHigh}). */
    public record Bar(String input, String inputUnit, double inputLow, double inputHigh, double outputAtLow,
                      double outputAtHigh, double swing) {
    }

    public TornadoChart {
        bars = List.copyOf(bars);
    }
}
