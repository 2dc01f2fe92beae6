package com.inferplan.pricing.portfolio;

import com.inferplan.pricing.uncertainty.TornadoChart;

import java.util.List;
import java.util.Optional;

/**
 * The tornado's demand bars on one clock: each of the 2 × tiers re-optimisations takes an even part
 * of what is left; a bar whose time is gone is skipped (and noted), and bars from plans not proven
 * cheapest are counted so the tornado says so.
 */
final class DemandBars {

    private final FleetSolver solver;
    private int solvesLeft;
    private int unproven;

    DemandBars(FleetSolver solver, int tiers) {
        this.solver = solver;
        this.solvesLeft = 2 * tiers;
    }

    void add(PortfolioProblem problem, Tier tier, double swing, List<TornadoChart.Bar> bars, List<String> notes) {
        if (solver.budget().spent()) {
            solvesLeft -= 2;
            notes.add("tier " + tier.id() + " at ±20% demand: not re-optimised, the answer's time budget was spent, so no tornado bar");
            return;
        }
        FleetSolver now = solver.share(2.0 / Math.max(2, solvesLeft));
        solvesLeft -= 2;
        Optional<DemandBar.Result> bar = DemandBar.of(now, problem, tier, swing);
        if (bar.isEmpty()) {
            notes.add("tier " + tier.id() + " at ±20% demand: no plan found (none exists or the solve ran out of time), so no tornado bar");
            return;
        }
        bars.add(bar.get().bar());
        unproven += bar.get().proven() ? 0 : 1;
    }

    Optional<String> summary() {
        return unproven == 0 ? Optional.empty() : Optional.of(unproven
                + " demand bar(s) come from plans not proven cheapest within the time budget (approximate)");
    }
}
