package com.inferplan.pricing.portfolio;

import java.util.List;
import java.util.Optional;

/**
 * One solve of a (validated) problem within a share of what is left of the answer's
 * {@link SolveBudget}. For cost: the linear relaxation (a lower bound), a rounded first plan from
 * it, then ojAlgo's branch and bound told to find only cheaper plans (objective cut-off row), so
 * the search prunes against a good plan from its first node; the rounded plan is proven cheapest
 * when it meets the bound or the search proves nothing is cheaper. Every plan is trimmed and
 * independently checked; one that fails the check is a defect here, not an answer, so it throws.
 */
final class FleetSolver {

    /** A plan within this fraction of the bound, or a cheaper one by less, counts as the same cost. */
    static final double SAME_COST = 1e-7;
    /**
     * ojAlgo 56 checks its time limit between nodes, so a search overruns it; measured on the
     * 84-pair 20 × 6 program on a loaded 2-core machine: limit 30 ms → 100–340 ms, 100 ms → 130–590 ms
     * (benchmarks.md "portfolio"). So much per pair is held back from the search's limit, and a
     * search whose slice cannot cover it plus {@link #MIN_SEARCH_MILLIS} is not started: the rounded
     * plan is returned with its gap. Small programs (a 3 × 2 has ≤ 6 pairs: 18 ms held back) are searched.
     */
    static final long OVERRUN_MILLIS_PER_PAIR = 3;
    static final long MIN_SEARCH_MILLIS = 10;

    private final SolveBudget budget;
    private final double share;

    FleetSolver(SolveBudget budget, double share) {
        this.budget = budget;
        this.share = share;
    }

    /** The same budget, each solve taking {@code changed} of what is left when it starts. */
    FleetSolver share(double changed) {
        return new FleetSolver(budget, changed);
    }

    double shareOfLeft() {
        return share;
    }

    SolveBudget budget() {
        return budget;
    }

    long limitMillis() {
        return Math.max(1, (long) (budget.remainingMillis() * share));
    }

    Optional<FleetSolution> cheapest(PortfolioProblem problem) {
        return solve(problem, Goal.MIN_COST);
    }

    Optional<FleetSolution> solve(PortfolioProblem problem, Goal goal) {
        Fleet fleet = new Fleet(problem);
        long limit = limitMillis();
        long start = System.nanoTime();
        Optional<Relaxation> lp = goal == Goal.MIN_COST ? FleetModel.relaxation(fleet, limit) : Optional.empty();
        Optional<FleetSolution> first = lp.flatMap(r -> RoundedPlan.of(fleet, r));
        if (first.isEmpty()) {
            Optional<FleetSolution> found = FleetModel.solve(fleet, goal, limit);
            double bound = lp.map(Relaxation::boundUsdPerMonth).orElse(0.0);
            return found.map(s -> checked(fleet, goal == Goal.MIN_COST ? PlanTrim.trim(fleet, s) : s)
                    .withProof(s.provenOptimal(), s.provenOptimal() ? s.usdPerMonth(fleet) : bound));
        }
        return Optional.of(improve(fleet, first.get(), lp.get().boundUsdPerMonth(),
                Math.max(1, limit - (System.nanoTime() - start) / 1_000_000L)));
    }

    private static FleetSolution improve(Fleet fleet, FleetSolution first, double bound, long limit) {
        double usd = first.usdPerMonth(fleet);
        if (usd <= bound * (1 + SAME_COST) + 1e-9) {
            return first.withProof(true, usd);
        }
        long overrun = OVERRUN_MILLIS_PER_PAIR * fleet.pairs();
        if (limit < overrun + MIN_SEARCH_MILLIS) {
            return first.withProof(false, bound);
        }
        FleetSearch.Search search = FleetSearch.below(fleet, usd * (1 - SAME_COST), limit - overrun);
        if (search.plan().isEmpty()) {
            // Nothing cheaper exists unless the clock, not the search, ended it.
            return search.timedOut() ? first.withProof(false, bound) : first.withProof(true, usd);
        }
        FleetSolution better = checked(fleet, PlanTrim.trim(fleet, search.plan().get()));
        if (better.usdPerMonth(fleet) > usd) {
            return first.withProof(false, bound);
        }
        boolean optimal = search.plan().get().provenOptimal();
        return better.withProof(optimal, optimal ? better.usdPerMonth(fleet) : bound);
    }

    private static FleetSolution checked(Fleet fleet, FleetSolution plan) {
        List<String> violations = PlanCheck.violations(fleet, plan);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("the solver's plan fails the check: " + violations);
        }
        return plan;
    }

    double usdPerMonth(PortfolioProblem problem, FleetSolution plan) {
        return plan.usdPerMonth(new Fleet(problem));
    }
}
