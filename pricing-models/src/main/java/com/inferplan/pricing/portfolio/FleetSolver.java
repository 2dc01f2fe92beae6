package com.inferplan.pricing.portfolio;

import java.util.List;
import java.util.Optional;

/**
 * One solve of a (validated) problem: ojAlgo's branch and bound, then the trim, then the
 * independent check. A plan that fails the check is a defect here, not an answer, so it throws.
 */
final class FleetSolver {

    private final long timeLimitMillis;

    FleetSolver(long timeLimitMillis) {
        this.timeLimitMillis = timeLimitMillis;
    }

    Optional<FleetSolution> cheapest(PortfolioProblem problem) {
        return solve(problem, Goal.MIN_COST);
    }

    Optional<FleetSolution> solve(PortfolioProblem problem, Goal goal) {
        Fleet fleet = new Fleet(problem);
        Optional<FleetSolution> found = FleetModel.solve(fleet, goal, timeLimitMillis);
        if (found.isEmpty()) {
            return found;
        }
        FleetSolution plan = goal == Goal.MIN_COST ? PlanTrim.trim(fleet, found.get()) : found.get();
        List<String> violations = PlanCheck.violations(fleet, plan);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("the solver's plan fails the check: " + violations);
        }
        return Optional.of(plan);
    }

    double usdPerMonth(PortfolioProblem problem, FleetSolution plan) {
        return plan.usdPerMonth(new Fleet(problem));
    }
}
