package com.inferplan.pricing.portfolio;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The re-solves of a binding analysis on one clock: each takes its even part of half of what is
 * left (the other half stays for the uncertainty), none starts once the budget is spent. A cost is
 * exact only when both the plan and the re-solve are proven cheapest.
 */
final class Resolves {

    /** Of what is left when the analysis starts, the re-solves together may use about this share. */
    static final double SHARE = 0.5;

    private final FleetSolver solver;
    private final FleetSolution plan;
    private final double optimumUsd;
    private int left;

    Resolves(FleetSolver solver, FleetSolution plan, Fleet fleet, int count) {
        this.solver = solver;
        this.plan = plan;
        this.optimumUsd = plan.usdPerMonth(fleet);
        this.left = count;
    }

    /** optimum with the constraint − optimum without it, never negative. */
    Cost costOfRemoving(PortfolioProblem relaxed) {
        FleetSolver now = solver.share(SHARE / Math.max(1, left--));
        if (now.budget().spent()) {
            return new Cost(OptionalDouble.empty(), false, true);
        }
        try {
            Optional<FleetSolution> without = now.cheapest(relaxed);
            // Removing a constraint cannot make a feasible problem infeasible: empty is a timeout.
            return without.map(s -> new Cost(OptionalDouble.of(Math.max(0, optimumUsd - now.usdPerMonth(relaxed, s))),
                    plan.provenOptimal() && s.provenOptimal(), false))
                    .orElse(new Cost(OptionalDouble.empty(), false, false));
        } catch (SolveTimeout e) {
            return new Cost(OptionalDouble.empty(), false, false);
        }
    }

    record Cost(OptionalDouble usd, boolean exact, boolean skipped) {

        String words(double epsilonUsd) {
            if (skipped) {
                return "its cost was not computed: the answer's time budget was spent";
            }
            if (usd.isEmpty()) {
                return "its cost could not be found within the solver's time budget";
            }
            String approx = exact ? "" : " (approximate: from plans not proven cheapest)";
            return usd.getAsDouble() > epsilonUsd ? "costs " + Money.usdPerMonth(usd.getAsDouble()) + approx
                    : "tight, but removing it would not lower the cost" + approx;
        }
    }
}
