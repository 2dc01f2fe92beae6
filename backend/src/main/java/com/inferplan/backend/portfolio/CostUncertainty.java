package com.inferplan.backend.portfolio;

import com.inferplan.backend.portfolio.PortfolioAnswer.CostSpread;
import com.inferplan.backend.portfolio.PortfolioAnswer.Swing;
import com.inferplan.backend.support.Quantities;
import com.inferplan.pricing.portfolio.PlanUncertainty;
import com.inferplan.pricing.portfolio.PlanUncertaintyResult;
import com.inferplan.pricing.portfolio.PortfolioPlan;
import com.inferplan.pricing.portfolio.PortfolioProblem;
import com.inferplan.pricing.portfolio.SolveBudget;
import java.util.List;

/**
 * P10–P90 of a feasible plan's monthly cost with its units fixed, over each pool's unit price spread, and
 * the tornado (unit prices at their P10/P90, tier demand ±20% re-optimised). Seeded: the same portfolio
 * gives the same spread.
 */
final class CostUncertainty {

    static final int DRAWS = 2_000;
    static final long SEED = 7L;

    private CostUncertainty() {
    }

    /** The spread and what the answer must say about it (demand bars skipped or approximate for time). */
    record Result(CostSpread spread, List<String> notes) {
    }

    /** Demand re-optimisations within what is left of the answer's {@code clock}. */
    static Result of(PortfolioProblem problem, PortfolioPlan plan, SolveBudget clock) {
        PlanUncertaintyResult result = new PlanUncertainty().analyse(problem, plan, DRAWS, SEED, clock);
        // Inputs that do not move the total (a price of a pool the plan does not use) would only be noise.
        List<Swing> tornado = result.tornado().bars().stream().filter(b -> b.swing() > 0).map(b -> new Swing(b.input(),
                Quantities.format(b.inputLow(), b.inputUnit()), Quantities.format(b.inputHigh(), b.inputUnit()),
                b.outputAtLow(), b.outputAtHigh())).toList();
        var total = result.totalUsdPerMonth();
        return new Result(new CostSpread(total.p10(), total.p50(), total.p90(), total.draws(), tornado),
                result.notes().stream().map(n -> "Cost spread: " + n + ".").toList());
    }
}
