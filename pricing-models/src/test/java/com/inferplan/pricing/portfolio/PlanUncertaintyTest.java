package com.inferplan.pricing.portfolio;

import com.inferplan.pricing.uncertainty.Distribution;
import com.inferplan.pricing.uncertainty.TornadoChart;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.inferplan.pricing.portfolio.Fixtures.serves;
import static com.inferplan.pricing.portfolio.Fixtures.tier;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PlanUncertaintyTest {

    @Test
    void priceSpreadAndDemandSwingOfAFixedPlan() {
        // 300 tok/s on 100 tok/s units → 3 units at $100 (uniform $80–$120): total = 3 × price
        //   P10/P50/P90 = 3 × 84 / 100 / 116 = 252 / 300 / 348; price bar 252..348, swing 96
        // demand ±20%: 240 tok/s → 3 units $300, 360 tok/s → 4 units $400: swing 100, the widest bar
        Pool gpu = new Pool("gpu", "nvidia", 100, new Distribution.Uniform(80, 120), 0, null, 0, null, null, 1.0);
        var problem = new PortfolioProblem(List.of(tier("chat", 300)), List.of(gpu),
                List.of(serves("gpu", "chat", 1, 100)), null);
        PortfolioPlan plan = new PortfolioOptimizer().optimize(problem);

        PlanUncertaintyResult result = new PlanUncertainty().analyse(problem, plan, 20_000, 42);

        assertThat(result.totalUsdPerMonth().p10()).isCloseTo(252, within(2.0));
        assertThat(result.totalUsdPerMonth().p50()).isCloseTo(300, within(2.0));
        assertThat(result.totalUsdPerMonth().p90()).isCloseTo(348, within(2.0));
        assertThat(result.tornado().baseValue()).isCloseTo(300, within(1e-9));
        assertThat(result.tornado().bars()).extracting(TornadoChart.Bar::input)
                .containsExactly("chat peak demand", "gpu unit price");
        TornadoChart.Bar demand = result.tornado().bars().get(0);
        assertThat(demand.outputAtLow()).isCloseTo(300, within(1e-9));
        assertThat(demand.outputAtHigh()).isCloseTo(400, within(1e-9));
        TornadoChart.Bar price = result.tornado().bars().get(1);
        assertThat(price.outputAtLow()).isCloseTo(252, within(1e-6));
        assertThat(price.outputAtHigh()).isCloseTo(348, within(1e-6));
        assertThat(result.notes()).isEmpty();
    }

    @Test
    void theSameSeedGivesTheSameRange() {
        Pool gpu = new Pool("gpu", "nvidia", 100, new Distribution.Triangular(80, 100, 150), 1, 90.0, 0, null, null, 1.0);
        var problem = new PortfolioProblem(List.of(tier("chat", 300)), List.of(gpu),
                List.of(serves("gpu", "chat", 1, 100)), null);
        PortfolioPlan plan = new PortfolioOptimizer().optimize(problem);
        var uncertainty = new PlanUncertainty();

        assertThat(uncertainty.analyse(problem, plan, 1000, 7).totalUsdPerMonth())
                .isEqualTo(uncertainty.analyse(problem, plan, 1000, 7).totalUsdPerMonth());
    }
}
