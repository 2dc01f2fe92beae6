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

    /**
     * For one optimise and its uncertainty together: the main solve, the binding re-solves and the
     * demand re-optimisations share it. A solve stopped by it reports its best plan, says it is not
     * proven optimal and how far above the lower bound it can be.
     */
    public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(3);
    /** The main solve may take this share of the budget; the re-solves share the rest. */
    static final double MAIN_SHARE = 0.5;

    private final Duration budget;

    public PortfolioOptimizer() {
        this(DEFAULT_BUDGET);
    }

    public PortfolioOptimizer(Duration budget) {
        this.budget = budget;
    }

    /** A fresh budget of this optimiser's length, for {@link #optimize(PortfolioProblem, SolveBudget)} and the uncertainty. */
    public SolveBudget startBudget() {
        return SolveBudget.start(budget);
    }

    public PortfolioPlan optimize(PortfolioProblem problem) {
        return optimize(problem, startBudget());
    }

    /** Optimises within {@code clock}, leaving what is not used for the caller (e.g. {@link PlanUncertainty}). */
    public PortfolioPlan optimize(PortfolioProblem problem, SolveBudget clock) {
        PortfolioValidation.check(problem);
        FleetSolver solver = new FleetSolver(clock, MAIN_SHARE);
        Fleet fleet = new Fleet(problem);
        List<String> notes = notes(fleet);
        Optional<FleetSolution> cheapest;
        try {
            cheapest = solver.cheapest(problem);
        } catch (SolveTimeout e) {
            notes.add(e.getMessage() + ": the problem may still be feasible; try fewer pools or tiers or a longer limit");
            return PortfolioPlan.infeasible(List.of("no plan found in time (not a proof that none exists)"), notes);
        }
        if (cheapest.isEmpty()) {
            return PortfolioPlan.infeasible(explain(solver, problem), notes);
        }
        if (!cheapest.get().provenOptimal()) {
            notes.add(unproven(fleet, cheapest.get()));
        }
        for (int p = 0; p < fleet.pools(); p++) {
            if (fleet.pool(p).kwPerUnit() == null && cheapest.get().unitsOf(p) > 0) {
                notes.add("megawatts leaves out pool " + fleet.pool(p).id() + ": its power per unit is unknown");
            }
        }
        PortfolioPlan plan = PlanReport.of(fleet, cheapest.get(), notes);
        return plan.withBindingConstraints(BindingAnalysis.find(solver, problem, cheapest.get()));
    }

    /** The plan's cost against the relaxation's bound: the most it can be above the cheapest plan. */
    static String unproven(Fleet fleet, FleetSolution plan) {
        String said = "the solver stopped at its time budget: this plan meets every constraint but is not proven cheapest";
        double usd = plan.usdPerMonth(fleet);
        if (plan.boundUsdPerMonth() <= 0 || usd <= 0) {
            return said;
        }
        return said + "; it costs at most " + Money.percent(usd / plan.boundUsdPerMonth() - 1)
                + " more than the cheapest possible (lower bound " + Money.usdPerMonth(plan.boundUsdPerMonth())
                + " from the linear relaxation)";
    }

    private static List<String> explain(FleetSolver solver, PortfolioProblem problem) {
        try {
            return InfeasibilityExplainer.explain(solver.share(0.25), problem);
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
