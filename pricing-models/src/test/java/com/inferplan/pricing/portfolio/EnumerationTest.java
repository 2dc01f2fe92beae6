package com.inferplan.pricing.portfolio;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Proof of optimality on small instances: for random seeded 3-pool × 2-tier problems, without and
 * with each constraint (and all together), every integer mix is enumerated; no feasible mix is
 * cheaper than the optimiser's plan, the plan itself passes every rule, and both agree on infeasibility.
 */
class EnumerationTest {

    private final PortfolioOptimizer optimizer = new PortfolioOptimizer();

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void noEnumeratedMixIsCheaperAndThePlanKeepsEveryRule(long seed) {
        PortfolioProblem base = RandomInstances.of(seed);
        BruteForce.Best free = BruteForce.cheapest(base).orElseThrow();
        for (PortfolioProblem problem : variants(base, free)) {
            Optional<BruteForce.Best> best = BruteForce.cheapest(problem);
            PortfolioPlan plan = optimizer.optimize(problem);

            String what = "seed " + seed + ", " + problem.constraints();
            assertThat(plan.feasible()).as(what).isEqualTo(best.isPresent());
            if (best.isEmpty()) {
                assertThat(plan.infeasibility()).as(what).isNotEmpty();
                continue;
            }
            assertThat(plan.totalUsdPerMonth()).as(what).isCloseTo(best.get().usdPerMonth(), within(1e-6));
            int[] units = BruteForce.unitsOf(problem, plan);
            int[] replicas = BruteForce.replicasOf(problem, plan);
            assertThat(MixRules.feasible(problem, units, replicas)).as(what).isTrue();
            assertThat(MixRules.usdPerMonth(problem, units)).as(what).isCloseTo(plan.totalUsdPerMonth(), within(1e-6));
            assertThat(plan.tiers().stream().mapToDouble(TierPlan::usdPerMonth).sum()).as(what)
                    .isCloseTo(plan.totalUsdPerMonth(), within(1e-6));
        }
    }

    /** No constraint, each constraint alone at a level that may bind, and all together. */
    private static List<PortfolioProblem> variants(PortfolioProblem base, BruteForce.Best free) {
        Constraints none = Constraints.none();
        List<Constraints> sets = new ArrayList<>(List.of(none,
                none.withPowerCapMegawatts(free.megawatts() * 0.85),
                none.withMaxVendorSpendShare(0.6),
                none.withMaxVendorUnitShare(0.6),
                none.withMinVendors(2),
                none.withMinVendors(3),
                none.withBudgetUsdPerMonth(free.usdPerMonth() * 1.05),
                none.withBudgetUsdPerMonth(free.usdPerMonth() * 0.95),
                new Constraints(free.megawatts() * 0.9, 0.7, 0.7, 2, free.usdPerMonth() * 1.3)));
        return sets.stream().map(base::withConstraints).toList();
    }
}
