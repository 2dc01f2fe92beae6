package com.inferplan.pricing.portfolio;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.inferplan.pricing.portfolio.Fixtures.pool;
import static com.inferplan.pricing.portfolio.Fixtures.serves;
import static com.inferplan.pricing.portfolio.Fixtures.tier;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PortfolioOptimizerTest {

    private final PortfolioOptimizer optimizer = new PortfolioOptimizer();

    @Test
    void tinyInstanceMatchesTheHandSolvedMix() {
        // chat needs 1,000 tok/s. gpu: $100/unit, 2 replicas of 150 tok/s per unit ($0.333 per tok/s);
        // wafer: $250/unit, 1 replica of 800 tok/s ($0.3125 per tok/s).
        //   wafer only: 2 units = $500; gpu only: 7 replicas = 3.5 → 4 units = $400;
        //   1 wafer (800) + 2 gpu replicas (300) in 1 gpu unit = $350 ← cheapest (0 or 2 wafers cost more)
        // served 1,100 tok/s → utilization 1000/1100 = 0.90909; shares 800/1100 = 0.72727, 300/1100 = 0.27273
        var problem = new PortfolioProblem(List.of(tier("chat", 1000)),
                List.of(pool("gpu", "nvidia", 100), pool("wafer", "cerebras", 250)),
                List.of(serves("gpu", "chat", 0.5, 150), serves("wafer", "chat", 1, 800)), null);

        PortfolioPlan plan = optimizer.optimize(problem);

        assertThat(plan.feasible()).isTrue();
        assertThat(plan.totalUsdPerMonth()).isCloseTo(350, within(1e-9));
        assertThat(plan.pool("gpu").units()).isEqualTo(1);
        assertThat(plan.pool("wafer").units()).isEqualTo(1);
        Allocation gpu = plan.pool("gpu").allocations().get(0);
        assertThat(gpu.replicas()).isEqualTo(2);
        assertThat(gpu.share()).isCloseTo(0.27273, within(1e-5));
        assertThat(gpu.utilization()).isCloseTo(0.90909, within(1e-5));
        assertThat(plan.pool("wafer").allocations().get(0).share()).isCloseTo(0.72727, within(1e-5));
        // $350 over 1e9 tokens/month = $0.35 per million tokens, for the tier and blended
        assertThat(plan.tier("chat").usdPerMillionTokens()).isCloseTo(0.35, within(1e-12));
        assertThat(plan.blendedUsdPerMillionTokens()).isCloseTo(0.35, within(1e-12));
        assertThat(plan.vendorSpendShares()).containsEntry("nvidia", 100.0 / 350).containsEntry("cerebras", 250.0 / 350);
        assertThat(plan.bindingConstraints()).isEmpty();
    }

    @Test
    void smallReplicasOfTwoTiersShareOneUnitAndSplitItsCost() {
        // each tier needs one replica of half a unit: both fit in 1 unit ($120), $60 each
        var problem = new PortfolioProblem(List.of(tier("a", 100), tier("b", 100)),
                List.of(pool("node", "nvidia", 120)),
                List.of(serves("node", "a", 0.5, 100), serves("node", "b", 0.5, 100)), null);

        PortfolioPlan plan = optimizer.optimize(problem);

        assertThat(plan.pool("node").units()).isEqualTo(1);
        assertThat(plan.totalUsdPerMonth()).isCloseTo(120, within(1e-9));
        assertThat(plan.tier("a").usdPerMonth()).isCloseTo(60, within(1e-9));
        assertThat(plan.tier("b").usdPerMonth()).isCloseTo(60, within(1e-9));
    }

    @Test
    void unusedPoolsAreListedWithZeroUnitsAndNoCost() {
        // gpu at $100 per 100 tok/s beats tpu at $300 per 100 tok/s: 3 gpu units, tpu 0
        var problem = new PortfolioProblem(List.of(tier("chat", 300)),
                List.of(pool("gpu", "nvidia", 100), pool("tpu", "google", 300)),
                List.of(serves("gpu", "chat", 1, 100), serves("tpu", "chat", 1, 100)), null);

        PortfolioPlan plan = optimizer.optimize(problem);

        assertThat(plan.pools()).extracting(PoolPlan::pool).containsExactly("gpu", "tpu");
        assertThat(plan.pool("tpu").units()).isZero();
        assertThat(plan.pool("tpu").usdPerMonth()).isZero();
        assertThat(plan.pool("tpu").allocations()).isEmpty();
        assertThat(plan.pool("gpu").units()).isEqualTo(3);
    }
}
