package com.inferplan.pricing.portfolio;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static com.inferplan.pricing.portfolio.Fixtures.pool;
import static com.inferplan.pricing.portfolio.Fixtures.serves;
import static com.inferplan.pricing.portfolio.Fixtures.tier;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Decision 0905: the rounded first plan, and the cut-off search that beats it or proves it. */
class RoundedPlanTest {

    // chat and code 60 tok/s each. a: $100/unit, 0.4-unit replicas at 40 tok/s, at most 1 unit (so at most
    // 2 replicas in all: 3 × 0.4 > 1); b: $150/unit, 1-unit replicas at 100 tok/s. Both pools serve both tiers.
    private final PortfolioProblem problem = new PortfolioProblem(List.of(tier("chat", 60), tier("code", 60)),
            List.of(pool("a", "x", 100).withMaxUnits(1), pool("b", "y", 150)),
            List.of(serves("a", "chat", 0.4, 40), serves("a", "code", 0.4, 40), serves("b", "chat", 1, 100),
                    serves("b", "code", 1, 100)), null);

    @Test
    void roundingNeverPushesAPoolPastItsMaximum() {
        // Relaxation: a full (1 unit = 2.5 replicas = 100 tok/s, $100), b 0.2 replica for the other 20 tok/s
        // ($30): bound $130. Rounding a's split up needs 3 replicas = 1.2 units > 1, so a rounds down;
        // the worst split left (1 + 1 replicas on a) needs b for both tiers: $100 + 2 × $150 = $400, and the
        // trim may then drop a's replicas (b's units alone carry both tiers): $300.
        Fleet fleet = new Fleet(problem);
        Relaxation lp = FleetModel.relaxation(fleet, 10_000).orElseThrow();

        FleetSolution plan = RoundedPlan.of(fleet, lp).orElseThrow();

        assertThat(lp.boundUsdPerMonth()).isCloseTo(130, within(1e-6));
        assertThat(PlanCheck.violations(fleet, plan)).isEmpty();
        assertThat(plan.unitsOf(0)).isLessThanOrEqualTo(1);
        assertThat(plan.usdPerMonth(fleet)).isBetween(130.0, 400.0);
    }

    @Test
    void theCutOffSearchFindsAndProvesTheCheapestPlan() {
        // Cheapest: a's 2 replicas both on chat (80 tok/s) and one b unit for code: $100 + $150 = $250;
        // b alone needs 2 units ($300); a split 1 + 1 needs b for both tiers ($400).
        PortfolioPlan plan = new PortfolioOptimizer(Duration.ofSeconds(3)).optimize(problem);

        assertThat(plan.totalUsdPerMonth()).isCloseTo(250, within(1e-9));
        assertThat(plan.pool("a").units()).isEqualTo(1);
        assertThat(plan.pool("b").units()).isEqualTo(1);
        assertThat(plan.notes()).noneMatch(n -> n.contains("not proven"));
    }
}
