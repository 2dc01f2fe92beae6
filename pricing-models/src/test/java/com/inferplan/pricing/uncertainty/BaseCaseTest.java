package com.inferplan.pricing.uncertainty;

import com.inferplan.pricing.basis.OnDemand;
import com.inferplan.pricing.tokens.PhaseThroughput;
import com.inferplan.pricing.tokens.TokenMetric;
import com.inferplan.pricing.tokens.WorkloadMix;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BaseCaseTest {

    /** A 2.00 USD/h chip at 1000 tokens/s whose price is spread by {@code price}. */
    private static CostScenario priceAtTwo(Distribution price) {
        return CostScenarios.tokenCost(new OnDemand(2.0), new PhaseThroughput(10_000, 1000), WorkloadMix.ratio(1),
                1.0, TokenMetric.OUTPUT, Map.of("usdPerChipHour", price));
    }

    @Test
    void aBaseAtTheMedianOfItsRangeIsTheMedianDrawAndNeedsNoReason() {
        CostScenario scenario = priceAtTwo(new Distribution.Uniform(1, 3));
        MonteCarloResult run = MonteCarlo.run(scenario, 20_000, 7, 10);
        assertThat(run.baseValue()).isCloseTo(2.0 / 3.6, within(1e-12));
        assertThat(run.basePercentile()).isCloseTo(50, within(1.5));
        assertThat(BaseCase.offMedian(scenario)).isEmpty();
        assertThat(BaseCase.note(scenario, run)).isEmpty();
    }

    @Test
    void aBaseAtTheTopOfItsRangeSitsAboveEveryDrawAndNamesTheInputThatPutsItThere() {
        // price ~ U(1, 2) with base 2: every draw is cheaper, median price 1.5 (P10 1.1, P90 1.9)
        CostScenario scenario = priceAtTwo(new Distribution.Uniform(1, 2));
        MonteCarloResult run = MonteCarlo.run(scenario, 5_000, 7, 10);
        assertThat(run.basePercentile()).isEqualTo(100);
        assertThat(BaseCase.offMedian(scenario)).singleElement().satisfies(o -> {
            assertThat(o.input()).isEqualTo("usdPerChipHour");
            assertThat(o.median()).isCloseTo(1.5, within(1e-9));
            assertThat(o.p10()).isCloseTo(1.1, within(1e-9));
            assertThat(o.describe()).isEqualTo("usdPerChipHour is 2.00 at base against a median of 1.50 (P10–P90 1.10–1.90)");
        });
        assertThat(BaseCase.note(scenario, run)).hasValue("The base case is at P100 of its own range, not at its median,"
                + " because usdPerChipHour is 2.00 at base against a median of 1.50 (P10–P90 1.10–1.90).");
    }

    @Test
    void percentileRankCountsTiesAtOrBelow() {
        double[] sorted = {1, 2, 2, 2, 5};
        assertThat(MonteCarloResult.percentileRank(sorted, 2)).isEqualTo(80);
        assertThat(MonteCarloResult.percentileRank(sorted, 0.5)).isEqualTo(0);
        assertThat(MonteCarloResult.percentileRank(sorted, 3)).isEqualTo(80);
        assertThat(MonteCarloResult.percentileRank(sorted, 9)).isEqualTo(100);
    }
}
