package com.inferplan.pricing.uncertainty;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** One-at-a-time sensitivity: each uncertain input at its P10 and P90 with the others at base. */
public final class Tornado {

    private Tornado() {
    }

    public static TornadoChart of(CostScenario scenario) {
        List<TornadoChart.Bar> bars = new ArrayList<>();
        for (ScenarioInput input : scenario.inputs()) {
            if (!input.isUncertain()) {
                continue;
            }
            double low = input.quantile(0.10);
            double high = input.quantile(0.90);
            double atLow = scenario.evaluate(Map.of(input.name(), low));
            double atHigh = scenario.evaluate(Map.of(input.name(), high));
            bars.add(new TornadoChart.Bar(input.name(), input.unit(), low, high, atLow, atHigh,
                    Math.abs(atHigh - atLow)));
        }
        bars.sort(Comparator.comparingDouble(TornadoChart.Bar::swing).reversed());
        return new TornadoChart(scenario.outputName(), scenario.outputUnit(), scenario.baseValue(), bars);
    }
}
