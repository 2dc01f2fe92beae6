package com.inferplan.pricing.portfolio;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static com.inferplan.pricing.portfolio.Fixtures.pool;
import static com.inferplan.pricing.portfolio.Fixtures.serves;
import static com.inferplan.pricing.portfolio.Fixtures.tier;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Decision 0905: the rounded first plan and the proof the cut-off search gives it. */
class RoundedPlanTest {

    // chat 250 tok/s. a: $100/unit, replicas of 0.4 unit at 40 tok/s, at most 1 unit; b: $150/unit, 1-unit replicas at 100 tok/s.
    private final PortfolioProblem problem = new PortfolioProblem(List.of(tier("chat", 250)),
            List.of(pool("a", "x", 100).withMaxUnits(1), pool("b", "y", 150)),
            List.of(serves("a", "chat", 0.4, 40), serves("b", "chat", 1, 100)), null);

    @Test
    void roundingUpPastAMaximumRoundsDownThereAndTopsUpElsewhere() {
        // Relaxation: a full (2.5 replicas, 100 tok/s, $100) + b 1.5 replicas ($225): bound $325.
        // Up: a 3 replicas = 1.2 units > 1, so a rounds down to 2 (0.8 → 1 unit); b up to 2 (200 tok/s):
        // 80 + 200 = 280 >= 250; units a 1, b 2 = $100 + $300 = $400.
        Fleet fleet = new Fleet(problem);
        Relaxation lp = FleetModel.relaxation(fleet, 10_000).orElseThrow();

        FleetSolution plan = RoundedPlan.of(fleet, lp).orElseThrow();

        assertThat(lp.boundUsdPerMonth()).isCloseTo(325, within(1e-6));
        assertThat(plan.units()).containsExactly(1, 2);
        assertThat(plan.replicas()).containsExactly(2, 2);
        assertThat(plan.usdPerMonth(fleet)).isCloseTo(400, within(1e-9));
    }

    @Test
    void theCutOffSearchProvesTheRoundedPlanCheapest() {
        // Every other mix costs more: b alone 3 units $450; a holds at most 2 replicas (80 tok/s), so b needs 2.
        PortfolioPlan plan = new PortfolioOptimizer(Duration.ofSeconds(3)).optimize(problem);

        assertThat(plan.totalUsdPerMonth()).isCloseTo(400, within(1e-9));
        assertThat(plan.notes()).noneMatch(n -> n.contains("not proven"));
    }
}
