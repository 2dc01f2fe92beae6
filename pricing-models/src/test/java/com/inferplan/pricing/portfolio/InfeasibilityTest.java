package com.inferplan.pricing.portfolio;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.inferplan.pricing.portfolio.Fixtures.pool;
import static com.inferplan.pricing.portfolio.Fixtures.powered;
import static com.inferplan.pricing.portfolio.Fixtures.serves;
import static com.inferplan.pricing.portfolio.Fixtures.tier;
import static org.assertj.core.api.Assertions.assertThat;

class InfeasibilityTest {

    private final PortfolioOptimizer optimizer = new PortfolioOptimizer();

    /** 1,000 tok/s on 100 tok/s units: 10 units of $100, 10 kW × PUE 1.2 = 0.012 MW each → 0.12 MW. */
    private static PortfolioProblem tenUnits(Constraints constraints) {
        return new PortfolioProblem(List.of(tier("chat", 1000)), List.of(powered("gpu", "nvidia", 100, 10, 1.2)),
                List.of(serves("gpu", "chat", 1, 100)), constraints);
    }

    @Test
    void aTierNoPoolCanServeIsNamed() {
        var problem = new PortfolioProblem(List.of(tier("chat", 100), tier("agents", 100)),
                List.of(pool("gpu", "nvidia", 100)), List.of(serves("gpu", "chat", 1, 100)), null);

        PortfolioPlan plan = optimizer.optimize(problem);

        assertThat(plan.feasible()).isFalse();
        assertThat(plan.infeasibility()).containsExactly(
                "tier agents: no pool can serve it (no capacity is given for it on any pool)");
    }

    @Test
    void aTierBeyondItsPoolsMaximumUnitsSaysByHowMuch() {
        // 2 units × 100 tok/s = 200 tok/s at most, 500 needed
        var problem = new PortfolioProblem(List.of(tier("chat", 500)), List.of(pool("gpu", "nvidia", 100).withMaxUnits(2)),
                List.of(serves("gpu", "chat", 1, 100)), null);

        assertThat(optimizer.optimize(problem).infeasibility()).containsExactly("tier chat: needs 500 tokens/s at peak, "
                + "but its pools at their maxUnits can serve at most 200 tokens/s even serving nothing else");
    }

    @Test
    void aPowerCapNamesTheLeastPowerAPlanNeeds() {
        assertThat(optimizer.optimize(tenUnits(Constraints.none().withPowerCapMegawatts(0.1))).infeasibility())
                .containsExactly("power cap 0.10 MW: the plan meeting demand with the least power needs 0.12 MW");
    }

    @Test
    void aBudgetNamesTheCheapestPlan() {
        assertThat(optimizer.optimize(tenUnits(Constraints.none().withBudgetUsdPerMonth(900.0))).infeasibility())
                .containsExactly("budget $900/month: the cheapest plan meeting demand costs $1,000/month");
    }

    @Test
    void tooManyVendorsRequiredNamesHowManyCanServe() {
        var problem = new PortfolioProblem(List.of(tier("chat", 200)),
                List.of(pool("gpu", "nvidia", 100), pool("tpu", "google", 100)),
                List.of(serves("gpu", "chat", 1, 100), serves("tpu", "chat", 1, 100)), Constraints.none().withMinVendors(3));

        assertThat(optimizer.optimize(problem).infeasibility()).containsExactly(
                "at least 3 vendors: at most 2 vendors can serve the demand under the other constraints");
    }

    @Test
    void aSpendCapNoMixCanMeetFindsTheLowestCapWithAPlan() {
        // only nvidia serves: every plan has nvidia at 100% of spend; bisection from 50% ends at 100%
        var problem = tenUnits(Constraints.none().withMaxVendorSpendShare(0.5));

        assertThat(optimizer.optimize(problem).infeasibility()).singleElement().asString()
                .startsWith("vendor spend cap 50.0%: no plan meets demand").contains("about 100.0%")
                .contains("nvidia 100.0% of spend");
    }

    @Test
    void aPoolThatMustRunButHasUnknownPowerUnderACapIsNamed() {
        var problem = new PortfolioProblem(List.of(tier("chat", 100)), List.of(pool("lpu", "groq", 100).withMinUnits(1)),
                List.of(serves("lpu", "chat", 1, 100)), Constraints.none().withPowerCapMegawatts(1.0));

        assertThat(optimizer.optimize(problem).infeasibility()).contains("tier chat: only pools of unknown power can "
                + "serve it (lpu) and a power cap is set: give their kwPerUnit");
    }
}
