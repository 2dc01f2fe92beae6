package com.inferplan.pricing.uncertainty;

import com.inferplan.pricing.basis.OnDemand;
import com.inferplan.pricing.tokens.PhaseThroughput;
import com.inferplan.pricing.tokens.TokenMetric;
import com.inferplan.pricing.tokens.WorkloadMix;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TornadoTest {

    @Test
    void barsAreSortedBySwingWithEachInputAtItsP10AndP90() {
        // price triangular(1, 2, 4): P10 = 1 + √0.3 = 1.5477, P90 = 4 − √0.6 = 3.2254
        //   output = price / (3.6 · 1000/1000) → 0.42992 .. 0.89595, swing 0.46603
        // output tokens/s uniform(800, 1200): P10 = 840, P90 = 1160
        //   output = 2 / (3600 · tps) · 1e6 → 0.66138 .. 0.47893, swing 0.18245
        var scenario = CostScenarios.tokenCost(new OnDemand(2.0), new PhaseThroughput(10_000, 1000),
                WorkloadMix.ratio(1), 1.0, TokenMetric.OUTPUT,
                Map.of("outputTokensPerSecond", new Distribution.Uniform(800, 1200),
                        "usdPerChipHour", new Distribution.Triangular(1, 2, 4)));

        TornadoChart chart = Tornado.of(scenario);

        assertThat(chart.baseValue()).isCloseTo(0.55556, within(1e-5));
        assertThat(chart.bars()).extracting(TornadoChart.Bar::input)
                .containsExactly("usdPerChipHour", "outputTokensPerSecond");
        var price = chart.bars().get(0);
        assertThat(price.inputLow()).isCloseTo(1.5477, within(1e-4));
        assertThat(price.inputHigh()).isCloseTo(3.2254, within(1e-4));
        assertThat(price.swing()).isCloseTo(0.46603, within(1e-4));
        var throughput = chart.bars().get(1);
        assertThat(throughput.outputAtLow()).isCloseTo(0.66138, within(1e-4));
        assertThat(throughput.outputAtHigh()).isCloseTo(0.47893, within(1e-4));
        assertThat(throughput.swing()).isCloseTo(0.18245, within(1e-4));
    }
}
