package com.inferplan.pricing.portfolio;

import com.inferplan.pricing.uncertainty.TornadoChart;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One tornado bar for a tier's demand: the cheapest total at peak × (1 − swing) and × (1 + swing). */
final class DemandBar {

    private DemandBar() {
    }

    /** The bar, and whether both ends are proven cheapest; {@code solver}'s share is for the two solves. */
    static Optional<Result> of(FleetSolver solver, PortfolioProblem problem, Tier tier, double swing) {
        FleetSolver each = solver.share(solver.shareOfLeft() / 2);
        Optional<FleetSolution> low = cheapest(each, problem, tier, 1 - swing);
        Optional<FleetSolution> high = cheapest(each, problem, tier, 1 + swing);
        if (low.isEmpty() || high.isEmpty()) {
            return Optional.empty();
        }
        double peak = tier.peakTokensPerSecond();
        double usdLow = usd(problem, tier, 1 - swing, low.get());
        double usdHigh = usd(problem, tier, 1 + swing, high.get());
        return Optional.of(new Result(new TornadoChart.Bar(tier.id() + " peak demand", "tokens/s", peak * (1 - swing),
                peak * (1 + swing), usdLow, usdHigh, Math.abs(usdHigh - usdLow)),
                low.get().provenOptimal() && high.get().provenOptimal()));
    }

    record Result(TornadoChart.Bar bar, boolean proven) {
    }

    private static double usd(PortfolioProblem problem, Tier tier, double factor, FleetSolution plan) {
        return plan.usdPerMonth(new Fleet(scaled(problem, tier, factor)));
    }

    private static PortfolioProblem scaled(PortfolioProblem problem, Tier tier, double factor) {
        List<Tier> tiers = new ArrayList<>(problem.tiers());
        tiers.set(tiers.indexOf(tier), tier.scaledDemand(factor));
        return problem.withTiers(tiers);
    }

    private static Optional<FleetSolution> cheapest(FleetSolver solver, PortfolioProblem problem, Tier tier,
                                                    double factor) {
        try {
            return solver.cheapest(scaled(problem, tier, factor));
        } catch (SolveTimeout e) {
            return Optional.empty();
        }
    }
}
