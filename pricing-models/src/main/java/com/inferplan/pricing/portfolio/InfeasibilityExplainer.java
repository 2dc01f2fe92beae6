package com.inferplan.pricing.portfolio;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Why no plan exists, most basic cause first: tiers out of reach of their pools (no solve needed);
 * tiers that fit alone but not together within the pools' unit limits; then each set constraint
 * whose removal alone makes the problem feasible, with its figure; else the constraints together.
 */
final class InfeasibilityExplainer {

    private InfeasibilityExplainer() {
    }

    static List<String> explain(FleetSolver solver, PortfolioProblem problem) {
        List<String> reasons = new ArrayList<>(TierReach.reasons(new Fleet(problem)));
        if (!reasons.isEmpty()) {
            return reasons;
        }
        Optional<FleetSolution> bare = solver.cheapest(problem.withConstraints(Constraints.none()));
        if (bare.isEmpty()) {
            return List.of("the tiers together need more units than the pools' minUnits and maxUnits allow "
                    + "(each tier alone fits, but they compete for the same pools)");
        }
        List<String> set = new ArrayList<>();
        for (Limit limit : Limit.values()) {
            if (!limit.isSet(problem.constraints())) {
                continue;
            }
            set.add(limit.label(problem.constraints()));
            Optional<FleetSolution> without = solver.cheapest(limit.removedFrom(problem));
            without.ifPresent(plan -> reasons.add(LimitFigure.why(solver, problem, limit, plan)));
        }
        if (reasons.isEmpty()) {
            reasons.add("no single constraint is the cause: together " + String.join(", ", set)
                    + " leave no plan; without all of them the cheapest plan costs "
                    + Money.usdPerMonth(bare.get().usdPerMonth(new Fleet(problem))));
        }
        return reasons;
    }
}
