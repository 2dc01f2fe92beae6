package com.inferplan.pricing.portfolio;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.inferplan.pricing.portfolio.Fixtures.deal;
import static com.inferplan.pricing.portfolio.Fixtures.pool;
import static com.inferplan.pricing.portfolio.Fixtures.serves;
import static com.inferplan.pricing.portfolio.Fixtures.tier;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DealsAndBindingTest {

    private final PortfolioOptimizer optimizer = new PortfolioOptimizer();

    /** cs3: $200/unit, 3 units take-or-pay, $300 above; gpu: $100/unit; both 100 tok/s per 1-unit replica. */
    private static PortfolioProblem takeOrPay(double peak) {
        return new PortfolioProblem(List.of(tier("code", peak)),
                List.of(deal("cs3", "cerebras", 200, 3, 300), pool("gpu", "nvidia", 100)),
                List.of(serves("cs3", "code", 1, 100), serves("gpu", "code", 1, 100)), null);
    }

    @Test
    void committedUnitsAreUsedFirstEvenWhenAnotherPoolIsCheaperPerUnit() {
        // 250 tok/s → 3 replicas. The 3 committed units cost $600 whether used or not, so using them
        // adds nothing; 3 gpu units would add $300 on top: total $600 with cs3 3, gpu 0.
        PortfolioPlan plan = optimizer.optimize(takeOrPay(250));

        assertThat(plan.pool("cs3").units()).isEqualTo(3);
        assertThat(plan.pool("gpu").units()).isZero();
        assertThat(plan.totalUsdPerMonth()).isCloseTo(600, within(1e-9));
        assertThat(plan.pool("cs3").idleCommittedUnits()).isZero();
    }

    @Test
    void idleCommittedUnitsArePaidAndReported() {
        // 150 tok/s → 2 replicas on the commitment: still $600, 1 committed unit idle, all cost on the tier
        PortfolioPlan plan = optimizer.optimize(takeOrPay(150));

        assertThat(plan.pool("cs3").units()).isEqualTo(2);
        assertThat(plan.pool("cs3").idleCommittedUnits()).isCloseTo(1, within(1e-12));
        assertThat(plan.pool("cs3").usdPerMonth()).isCloseTo(600, within(1e-9));
        assertThat(plan.tier("code").usdPerMonth()).isCloseTo(600, within(1e-9));
    }

    @Test
    void beyondTheCommitmentTheCheaperPoolTakesTheRest() {
        // 450 tok/s → 5 replicas: 3 on the commitment ($600), 2 more at gpu $100 < cs3 overage $300 → $800
        PortfolioPlan plan = optimizer.optimize(takeOrPay(450));

        assertThat(plan.pool("cs3").units()).isEqualTo(3);
        assertThat(plan.pool("gpu").units()).isEqualTo(2);
        assertThat(plan.totalUsdPerMonth()).isCloseTo(800, within(1e-9));
    }

    @Test
    void vendorSpendCapCostsTheHandWorkedDifference() {
        // 1,000 tok/s, 100 tok/s per unit: nvidia $100/unit, google $150/unit. Uncapped: 10 nvidia = $1,000.
        // Cap 60%: 100N <= 0.6 (100N + 150G) → N <= 2.25 G with N + G >= 10:
        //   G = 3 allows N <= 6 (9 units, short); G = 4, N = 6 → $600 + $600 = $1,200 (nvidia 50%).
        // The cap costs $1,200 − $1,000 = $200/month, though nvidia ends below it (whole units).
        var problem = new PortfolioProblem(List.of(tier("chat", 1000)),
                List.of(pool("h100", "nvidia", 100), pool("tpu", "google", 150)),
                List.of(serves("h100", "chat", 1, 100), serves("tpu", "chat", 1, 100)),
                Constraints.none().withMaxVendorSpendShare(0.6));

        PortfolioPlan plan = optimizer.optimize(problem);

        assertThat(plan.totalUsdPerMonth()).isCloseTo(1200, within(1e-9));
        assertThat(plan.pool("h100").units()).isEqualTo(6);
        assertThat(plan.pool("tpu").units()).isEqualTo(4);
        assertThat(plan.vendorSpendShares().get("nvidia")).isCloseTo(0.5, within(1e-12));
        assertThat(plan.bindingConstraints()).singleElement().satisfies(b -> {
            assertThat(b.constraint()).isEqualTo("maxVendorSpendShare");
            assertThat(b.usdPerMonth()).isCloseTo(200, within(1e-9));
            assertThat(b.description()).startsWith("vendor spend cap 60.0%").endsWith("costs $200/month");
        });
    }

    @Test
    void aPoolAtItsMaximumThatForcesDearerUnitsIsBinding() {
        // gpu max 2 units (200 tok/s), the rest of 500 tok/s on tpu: 2 × $100 + 3 × $150 = $650;
        // without the maximum 5 gpu units = $500, so the maximum costs $150/month
        var problem = new PortfolioProblem(List.of(tier("chat", 500)),
                List.of(pool("gpu", "nvidia", 100).withMaxUnits(2), pool("tpu", "google", 150)),
                List.of(serves("gpu", "chat", 1, 100), serves("tpu", "chat", 1, 100)), null);

        PortfolioPlan plan = optimizer.optimize(problem);

        assertThat(plan.totalUsdPerMonth()).isCloseTo(650, within(1e-9));
        assertThat(plan.bindingConstraints()).singleElement().satisfies(b -> {
            assertThat(b.constraint()).isEqualTo("pools[0].maxUnits");
            assertThat(b.usdPerMonth()).isCloseTo(150, within(1e-9));
        });
    }
}
