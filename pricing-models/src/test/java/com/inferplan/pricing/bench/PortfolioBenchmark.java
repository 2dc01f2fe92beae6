package com.inferplan.pricing.bench;

import com.inferplan.pricing.portfolio.Constraints;
import com.inferplan.pricing.portfolio.LargeInstance;
import com.inferplan.pricing.portfolio.PortfolioOptimizer;
import com.inferplan.pricing.portfolio.PortfolioPlan;
import com.inferplan.pricing.portfolio.PortfolioProblem;

import java.time.Duration;
import java.util.Locale;

/**
 * Timed main (not JMH: one optimise of the large case runs into seconds, so JMH's repeated
 * iterations add nothing): ms per optimise of the seeded 20-pool × 6-tier {@link LargeInstance},
 * unconstrained and constrained, with whether the solve was proven optimal. Target: ≲ 100 ms per
 * MIP, ≤ 300 ms per what-if re-optimise. Argument: solve time limit in ms (default 2000).
 */
public final class PortfolioBenchmark {

    private PortfolioBenchmark() {
    }

    public static void main(String[] args) {
        long limit = args.length > 0 ? Long.parseLong(args[0]) : 2000;
        PortfolioOptimizer optimizer = new PortfolioOptimizer(Duration.ofMillis(limit));
        optimizer.optimize(LargeInstance.of(99).withConstraints(Constraints.none()));  // warm-up: class loading, JIT
        for (long seed = 1; seed <= 2; seed++) {
            PortfolioProblem problem = LargeInstance.of(seed);
            for (Constraints constraints : new Constraints[] {Constraints.none(), problem.constraints()}) {
                long start = System.nanoTime();
                PortfolioPlan plan = optimizer.optimize(problem.withConstraints(constraints));
                double ms = (System.nanoTime() - start) / 1e6;
                System.out.printf(Locale.ROOT, "seed %d %-11s optimize %8.0f ms feasible=%s total=$%,.0f/month notes=%s%n",
                        seed, constraints.equals(Constraints.none()) ? "free" : "constrained", ms, plan.feasible(),
                        plan.totalUsdPerMonth(), plan.notes());
            }
        }
    }
}
