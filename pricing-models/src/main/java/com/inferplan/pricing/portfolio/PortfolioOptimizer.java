package com.inferplan.pricing.portfolio;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The cheapest fleet that serves every tier at peak within the constraints (decision 0900), with
 * the constraints that shape it and what each costs (0901), or why there is none. Thread-safe:
 * every call builds its own models.
 */
public final class PortfolioOptimizer {

    /** Per solve; a solve stopped here reports its best plan and says it is not proven optimal. */
    public static final Duration DEFAULT_SOLVE_LIMIT = Duration.ofSeconds(2);

    private final FleetSolver solver;

    public PortfolioOptimizer() {
        this(DEFAULT_SOLVE_LIMIT);
    }

    public PortfolioOptimizer(Duration solveLimit) {
        this.solver = new FleetSolver(Math.max(1, solveLimit.toMillis()));
    }

    public PortfolioPlan optimize(PortfolioProblem problem) {
        PortfolioValidation.check(problem);
        List<String> notes = notes(new Fleet(problem));
        Optional<FleetSolution> cheapest;
        try {
            cheapest = solver.cheapest(problem);
        } catch (SolveTimeout e) {
            notes.add(e.getMessage() + ": the problem may still be feasible; try fewer pools or tiers or a longer limit");
            return PortfolioPlan.infeasible(List.of("no plan found in time (not a proof that none exists)"), notes);
        }
        if (cheapest.isEmpty()) {
            return PortfolioPlan.infeasible(explain(problem), notes);
        }
        if (!cheapest.get().provenOptimal()) {
            notes.add("the solver stopped at its time limit: this plan meets every constraint but is not proven cheapest");
        }
        Fleet fleet = new Fleet(problem);
        for (int p = 0; p < fleet.pools(); p++) {
            if (fleet.pool(p).kwPerUnit() == null && cheapest.get().unitsOf(p) > 0) {
                notes.add("megawatts leaves out pool " + fleet.pool(p).id() + ": its power per unit is unknown");
            }
        }
        PortfolioPlan plan = PlanReport.of(fleet, cheapest.get(), notes);
        return plan.withBindingConstraints(BindingAnalysis.find(solver, problem, cheapest.get()));
    }

    private List<String> explain(PortfolioProblem problem) {
        try {
            return InfeasibilityExplainer.explain(solver, problem);
        } catch (SolveTimeout e) {
            return List.of("no plan exists; finding which constraint is the cause ran out of time (" + e.getMessage() + ")");
        }
    }

    private static List<String> notes(Fleet f) {
        List<String> notes = new ArrayList<>();
        for (int p = 0; p < f.pools(); p++) {
            if (f.unknownPowerUnderCap[p]) {
                notes.add("pool " + f.pool(p).id() + " is not used: its power per unit is unknown and a power cap is set");
            }
        }
        return notes;
    }
}
