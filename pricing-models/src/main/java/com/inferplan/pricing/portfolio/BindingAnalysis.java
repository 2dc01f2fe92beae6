package com.inferplan.pricing.portfolio;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The constraints that shape the optimum and what each costs: re-solve with that one constraint
 * removed; its cost is the optimum with it minus the optimum without it (decision 0901). Every set
 * limit is re-solved (in a whole-number program a limit can bind without being met exactly); a
 * pool's minimum or maximum units only when the plan sits at it.
 */
final class BindingAnalysis {

    /** Differences below half a cent are rounding, not a cost. */
    private static final double USD_EPSILON = 0.005;

    private BindingAnalysis() {
    }

    static List<BindingConstraint> find(FleetSolver solver, PortfolioProblem problem, FleetSolution plan) {
        Fleet f = new Fleet(problem);
        double optimum = plan.usdPerMonth(f);
        List<BindingConstraint> binding = new ArrayList<>();
        for (Limit limit : Limit.values()) {
            if (!limit.isSet(problem.constraints())) {
                continue;
            }
            OptionalDouble cost = costOfRemoving(solver, limit.removedFrom(problem), optimum);
            if (cost.orElse(0) > USD_EPSILON || limit.tight(f, plan)) {
                binding.add(new BindingConstraint(limit.field,
                        limit.label(problem.constraints()) + limit.detail(f, plan) + ": " + costs(cost), cost.orElse(0)));
            }
        }
        for (int p = 0; p < f.pools(); p++) {
            Pool pool = f.pool(p);
            if (pool.maxUnits() != null && plan.unitsOf(p) == pool.maxUnits() && !f.unknownPowerUnderCap[p]) {
                binding.add(poolBound(solver, problem, p, pool.withMaxUnits(null), optimum,
                        "maxUnits", "pool " + pool.id() + " at most " + pool.maxUnits() + " units"));
            }
            if (pool.minUnits() > 0 && plan.unitsOf(p) == pool.minUnits()) {
                binding.add(poolBound(solver, problem, p, pool.withMinUnits(0), optimum,
                        "minUnits", "pool " + pool.id() + " at least " + pool.minUnits() + " units"));
            }
        }
        return binding;
    }

    private static BindingConstraint poolBound(FleetSolver solver, PortfolioProblem problem, int p, Pool relaxed,
                                               double optimum, String field, String label) {
        List<Pool> pools = new ArrayList<>(problem.pools());
        pools.set(p, relaxed);
        OptionalDouble cost = costOfRemoving(solver, problem.withPools(pools), optimum);
        return new BindingConstraint("pools[" + p + "]." + field, label + ": " + costs(cost), cost.orElse(0));
    }

    /** Empty when the re-solve ran out of time (removing a constraint cannot make a feasible problem infeasible). */
    private static OptionalDouble costOfRemoving(FleetSolver solver, PortfolioProblem relaxed, double optimum) {
        try {
            Optional<FleetSolution> without = solver.cheapest(relaxed);
            return without.map(s -> OptionalDouble.of(Math.max(0, optimum - solver.usdPerMonth(relaxed, s))))
                    .orElse(OptionalDouble.empty());
        } catch (SolveTimeout e) {
            return OptionalDouble.empty();
        }
    }

    private static String costs(OptionalDouble usd) {
        if (usd.isEmpty()) {
            return "its cost could not be found within the solver's time limit";
        }
        return usd.getAsDouble() > USD_EPSILON ? "costs " + Money.usdPerMonth(usd.getAsDouble())
                : "tight, but removing it would not lower the cost";
    }
}
