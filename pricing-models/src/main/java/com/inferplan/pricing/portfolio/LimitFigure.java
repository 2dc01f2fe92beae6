package com.inferplan.pricing.portfolio;

import java.util.Locale;
import java.util.Optional;

/**
 * For a limit whose removal makes an infeasible problem feasible, the figure that shows by how much
 * it is out of reach: the least power any plan needs, the cheapest plan's cost, the lowest vendor
 * cap with a plan (by bisection), or the most vendors that can serve.
 */
final class LimitFigure {

    /** Bisection steps on a share cap: the interval (cap, 1] shrinks to under 1/128 of its width. */
    private static final int BISECTION_STEPS = 7;

    private LimitFigure() {
    }

    static String why(FleetSolver solver, PortfolioProblem problem, Limit limit, FleetSolution withoutIt) {
        Constraints k = problem.constraints();
        PortfolioProblem relaxed = limit.removedFrom(problem);
        Fleet f = new Fleet(relaxed);
        String label = limit.label(k);
        return switch (limit) {
            case POWER_CAP -> leastPower(solver, problem, label);
            case BUDGET -> label + ": the cheapest plan meeting demand costs " + Money.usdPerMonth(withoutIt.usdPerMonth(f));
            case VENDOR_SPEND_SHARE, VENDOR_UNIT_SHARE -> label + ": no plan meets demand with every vendor at or below it; "
                    + "the lowest cap with a plan is about " + Money.percent(lowestShareCap(solver, problem, limit))
                    + " (without the cap the cheapest plan gives " + topVendor(limit, VendorFigures.of(f, withoutIt)) + ")";
            case MIN_VENDORS -> label + ": at most " + mostVendors(solver, relaxed)
                    + " vendors can serve the demand under the other constraints";
        };
    }

    private static String topVendor(Limit limit, VendorFigures v) {
        return limit == Limit.VENDOR_SPEND_SHARE ? v.topSpender() + " " + Money.percent(v.maxSpendShare()) + " of spend"
                : v.topByUnits() + " " + Money.percent(v.maxUnitShare()) + " of units";
    }

    private static String leastPower(FleetSolver solver, PortfolioProblem problem, String label) {
        // Without the cap, but pools of unknown power still shut out (their power could not be counted).
        PortfolioProblem uncapped = Limit.POWER_CAP.removedFrom(problem).withPools(problem.pools().stream()
                .map(p -> p.kwPerUnit() == null ? p.withMinUnits(0).withMaxUnits(0) : p).toList());
        Optional<FleetSolution> least = solver.solve(uncapped, Goal.MIN_MEGAWATTS);
        if (least.isEmpty()) {
            return label + ": demand can only be met with pools of unknown power, which a power cap excludes: give their kwPerUnit";
        }
        return String.format(Locale.ROOT, "%s: the plan meeting demand with the least power needs %s", label,
                Money.megawatts(least.get().megawatts(new Fleet(uncapped))));
    }

    private static double lowestShareCap(FleetSolver solver, PortfolioProblem problem, Limit limit) {
        double infeasible = limit.value(problem.constraints());
        double feasible = 1.0;
        for (int i = 0; i < BISECTION_STEPS; i++) {
            double mid = (infeasible + feasible) / 2;
            Constraints k = limit == Limit.VENDOR_SPEND_SHARE ? problem.constraints().withMaxVendorSpendShare(mid)
                    : problem.constraints().withMaxVendorUnitShare(mid);
            if (solver.cheapest(problem.withConstraints(k)).isPresent()) {
                feasible = mid;
            } else {
                infeasible = mid;
            }
        }
        return feasible;
    }

    private static int mostVendors(FleetSolver solver, PortfolioProblem relaxed) {
        return solver.solve(relaxed, Goal.MAX_VENDORS).map(s -> VendorFigures.of(new Fleet(relaxed), s).serving())
                .orElse(0);
    }
}
