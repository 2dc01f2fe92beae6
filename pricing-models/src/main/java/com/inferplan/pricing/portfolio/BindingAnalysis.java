package com.inferplan.pricing.portfolio;

import java.util.ArrayList;
import java.util.List;

/**
 * The constraints that shape the optimum and what each costs: re-solve with that one constraint
 * removed; its cost is the optimum with it minus the optimum without it (decision 0901). Every set
 * limit is re-solved (in a whole-number program a limit can bind without being met exactly); a
 * pool's minimum or maximum units only when the plan sits at it. The re-solves share half of what
 * is left of the answer's budget (the rest is for the uncertainty); one that finds no time left is
 * skipped and says so, and a cost from plans not proven cheapest is labelled approximate.
 */
final class BindingAnalysis {

    /** Differences below half a cent are rounding, not a cost. */
    private static final double USD_EPSILON = 0.005;

    private BindingAnalysis() {
    }

    static List<BindingConstraint> find(FleetSolver solver, PortfolioProblem problem, FleetSolution plan) {
        Fleet f = new Fleet(problem);
        List<Limit> limits = java.util.Arrays.stream(Limit.values()).filter(l -> l.isSet(problem.constraints())).toList();
        List<Integer> atMax = new ArrayList<>();
        List<Integer> atMin = new ArrayList<>();
        for (int p = 0; p < f.pools(); p++) {
            Pool pool = f.pool(p);
            if (pool.maxUnits() != null && plan.unitsOf(p) == pool.maxUnits() && !f.unknownPowerUnderCap[p]) {
                atMax.add(p);
            }
            if (pool.minUnits() > 0 && plan.unitsOf(p) == pool.minUnits()) {
                atMin.add(p);
            }
        }
        Resolves resolves = new Resolves(solver, plan, f, limits.size() + atMax.size() + atMin.size());
        List<BindingConstraint> binding = new ArrayList<>();
        for (Limit limit : limits) {
            Resolves.Cost cost = resolves.costOfRemoving(limit.removedFrom(problem));
            if (cost.usd().orElse(0) > USD_EPSILON || limit.tight(f, plan)) {
                binding.add(new BindingConstraint(limit.field, limit.label(problem.constraints())
                        + limit.detail(f, plan) + ": " + cost.words(USD_EPSILON), cost.usd().orElse(0)));
            }
        }
        for (int p : atMax) {
            binding.add(poolBound(resolves, problem, p, f.pool(p).withMaxUnits(null), "maxUnits",
                    "pool " + f.pool(p).id() + " at most " + f.pool(p).maxUnits() + " units"));
        }
        for (int p : atMin) {
            binding.add(poolBound(resolves, problem, p, f.pool(p).withMinUnits(0), "minUnits",
                    "pool " + f.pool(p).id() + " at least " + f.pool(p).minUnits() + " units"));
        }
        return binding;
    }

    private static BindingConstraint poolBound(Resolves resolves, PortfolioProblem problem, int p, Pool relaxed,
                                               String field, String label) {
        List<Pool> pools = new ArrayList<>(problem.pools());
        pools.set(p, relaxed);
        Resolves.Cost cost = resolves.costOfRemoving(problem.withPools(pools));
        return new BindingConstraint("pools[" + p + "]." + field, label + ": " + cost.words(USD_EPSILON),
                cost.usd().orElse(0));
    }
}
