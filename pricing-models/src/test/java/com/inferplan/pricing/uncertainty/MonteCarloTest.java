package com.inferplan.pricing.uncertainty;

import com.inferplan.pricing.PricingInputException;
import com.inferplan.pricing.basis.OnDemand;
import com.inferplan.pricing.tokens.PhaseThroughput;
import com.inferplan.pricing.tokens.TokenMetric;
import com.inferplan.pricing.tokens.WorkloadMix;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class MonteCarloTest {

    /** Output cost of a chip at 1000 tokens/s, full use: usdPerChipHour / 3.6. */
    private static CostScenario priceScenario(Distribution price) {
        return CostScenarios.tokenCost(new OnDemand(2.0), new PhaseThroughput(10_000, 1000), WorkloadMix.ratio(1),
                1.0, TokenMetric.OUTPUT, Map.of("usdPerChipHour", price));
    }

    @Test
    void sameSeedGivesIdenticalResults() {
        CostScenario scenario = priceScenario(new Distribution.Triangular(1, 2, 4));
        assertThat(MonteCarlo.run(scenario, 10_000, 42, 20)).isEqualTo(MonteCarlo.run(scenario, 10_000, 42, 20));
    }

    @Test
    void differentSeedsGiveDifferentDraws() {
        CostScenario scenario = priceScenario(new Distribution.Triangular(1, 2, 4));
        assertThat(MonteCarlo.run(scenario, 1000, 1, 10).mean())
                .isNotEqualTo(MonteCarlo.run(scenario, 1000, 2, 10).mean());
    }

    @Test
    void uniformPricePercentilesMatchTheirClosedForm() {
        // price ~ U(1, 3): P10 = 1.2, P50 = 2.0, P90 = 2.8 → USD/M = price / 3.6 = 0.3333, 0.5556, 0.7778
        var result = MonteCarlo.run(priceScenario(new Distribution.Uniform(1, 3)), 100_000, 7, 40);
        assertThat(result.p10()).isCloseTo(0.3333, within(0.003));
        assertThat(result.p50()).isCloseTo(0.5556, within(0.003));
        assertThat(result.p90()).isCloseTo(0.7778, within(0.003));
        assertThat(result.mean()).isCloseTo(0.5556, within(0.003));
        assertThat(result.histogram().bins()).hasSize(40);
        assertThat(result.histogram().totalCount()).isEqualTo(100_000);
    }

    @Test
    void normalPriceIsTruncatedAtZeroSoNoDrawIsNegative() {
        var result = MonteCarlo.run(priceScenario(new Distribution.Normal(0.5, 1.0)), 20_000, 3, 10);
        assertThat(result.min()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void fixedInputsGiveASinglePointAndASingleBin() {
        var result = MonteCarlo.run(priceScenario(new Distribution.Fixed(2.0)), 100, 1, 10);
        assertThat(result.p10()).isEqualTo(result.p90());
        assertThat(result.histogram().bins()).hasSize(1);
    }

    @Test
    void distributionWithNoMassInsideTheBoundsIsRefused() {
        assertThatThrownBy(() -> priceScenario(new Distribution.Normal(-10, 1)))
                .isInstanceOf(PricingInputException.class)
                .hasMessageContaining("'usdPerChipHour'")
                .hasMessageContaining("less than 1% of this distribution lies in the allowed range [0.0, Infinity)");
    }

    @Test
    void uncertaintyOnAnUnknownInputNamesTheKnownOnes() {
        assertThatThrownBy(() -> CostScenarios.tokenCost(new OnDemand(2.0), new PhaseThroughput(10_000, 1000),
                WorkloadMix.ratio(1), 1.0, TokenMetric.OUTPUT, Map.of("price", new Distribution.Uniform(1, 3))))
                .isInstanceOf(PricingInputException.class)
                .hasMessageContaining("no such input; known inputs: [")
                .hasMessageContaining("usdPerChipHour");
    }

    @Test
    void logNormalFromP10AndP90ReproducesThem() {
        var logNormal = Distribution.LogNormal.fromP10P90(1.0, 4.0);
        // median = sqrt(1 · 4) = 2
        assertThat(logNormal.median()).isCloseTo(2.0, within(1e-12));
        var input = new ScenarioInput("x", "unit", new UncertainValue(2.0, logNormal),
                com.inferplan.pricing.param.Bounds.positive());
        assertThat(input.quantile(0.10)).isCloseTo(1.0, within(1e-6));
        assertThat(input.quantile(0.90)).isCloseTo(4.0, within(1e-6));
    }
}
