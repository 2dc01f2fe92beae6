package com.inferplan.pricing.portfolio;

import com.inferplan.pricing.uncertainty.TornadoChart;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One tornado bar for a tier's demand: the cheapest total at peak × (1 − swing) and × (1 + swing). */
final class DemandBar {

    private DemandBar() {
    }

    static Optional<TornadoChart.Bar> of(FleetSolver solver, PortfolioProblem problem, Tier tier, double swing) {
        Optional<Double> low = cheapest(solver, problem, tier, 1 - swing);
        Optional<Double> high = cheapest(solver, problem, tier, 1 + swing);
        if (low.isEmpty() || high.isEmpty()) {
            return Optional.empty();
        }
        double peak = tier.peakTokensPerSecond();
        return Optional.of(new TornadoChart.Bar(tier.id() + " peak demand", "tokens/s", peak * (1 - swing),
                peak * (1 + swing), low.get(), high.get(), Math.abs(high.get() - low.get())));
    }

    private static Optional<Double> cheapest(FleetSolver solver, PortfolioProblem problem, Tier tier, double factor) {
        List<Tier> tiers = new ArrayList<>(problem.tiers());
        tiers.set(tiers.indexOf(tier), tier.scaledDemand(factor));
        PortfolioProblem changed = problem.withTiers(tiers);
        try {
            return solver.cheapest(changed).map(s -> solver.usdPerMonth(changed, s));
        } catch (SolveTimeout e) {
            return Optional.empty();
        }
    }
}
