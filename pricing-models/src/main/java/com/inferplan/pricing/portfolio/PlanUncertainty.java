package com.inferplan.pricing.portfolio;

import com.inferplan.pricing.PricingInputException;
import com.inferplan.pricing.Require;
import com.inferplan.pricing.param.Bounds;
import com.inferplan.pricing.uncertainty.CostScenario;
import com.inferplan.pricing.uncertainty.Distribution;
import com.inferplan.pricing.uncertainty.MonteCarlo;
import com.inferplan.pricing.uncertainty.ScenarioInput;
import com.inferplan.pricing.uncertainty.Tornado;
import com.inferplan.pricing.uncertainty.TornadoChart;
import com.inferplan.pricing.uncertainty.UncertainValue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Uncertainty of a plan's cost, reusing the pricing Monte Carlo and tornado (decision 0302): the
 * units stay fixed and each pool's cost (commitment and overage alike) scales with its sampled unit
 * price ÷ its base price. Demand bars re-optimise, because more demand changes the plan itself; they
 * share what is left of the answer's {@link SolveBudget} evenly, and a bar with no time left is
 * skipped and said so.
 */
public final class PlanUncertainty {

    static final double DEMAND_SWING = 0.20;
    private static final int HISTOGRAM_BINS = 30;

    /** With a budget of its own (PortfolioOptimizer.DEFAULT_BUDGET). */
    public PlanUncertaintyResult analyse(PortfolioProblem problem, PortfolioPlan plan, int draws, long seed) {
        return analyse(problem, plan, draws, seed, SolveBudget.start(PortfolioOptimizer.DEFAULT_BUDGET));
    }

    /** Within what is left of {@code clock} (the one the plan was optimised on). */
    public PlanUncertaintyResult analyse(PortfolioProblem problem, PortfolioPlan plan, int draws, long seed,
                                         SolveBudget clock) {
        PortfolioValidation.check(problem);
        if (!plan.feasible()) {
            throw new PricingInputException("plan", "infeasible", "has no units to price");
        }
        Require.positive("draws", draws);
        CostScenario scenario = scenario(problem, plan);
        List<TornadoChart.Bar> bars = new ArrayList<>(Tornado.of(scenario).bars());
        List<String> notes = new ArrayList<>();
        DemandBars demand = new DemandBars(new FleetSolver(clock, 1), problem.tiers().size());
        for (Tier tier : problem.tiers()) {
            demand.add(problem, tier, DEMAND_SWING, bars, notes);
        }
        demand.summary().ifPresent(notes::add);
        bars.sort(Comparator.comparingDouble(TornadoChart.Bar::swing).reversed());
        TornadoChart tornado = new TornadoChart(scenario.outputName(), scenario.outputUnit(), scenario.baseValue(), bars);
        return new PlanUncertaintyResult(MonteCarlo.run(scenario, draws, seed, HISTOGRAM_BINS), tornado, notes);
    }

    /** Total USD per month of the plan's units as a function of every pool's unit price. */
    static CostScenario scenario(PortfolioProblem problem, PortfolioPlan plan) {
        List<ScenarioInput> inputs = new ArrayList<>();
        double[] usdAtBase = new double[problem.pools().size()];
        for (int p = 0; p < problem.pools().size(); p++) {
            Pool pool = problem.pools().get(p);
            Distribution spread = pool.usdPerUnitMonthSpread() == null
                    ? new Distribution.Fixed(pool.usdPerUnitMonth()) : pool.usdPerUnitMonthSpread();
            inputs.add(new ScenarioInput(inputName(pool), "USD/unit-month",
                    new UncertainValue(pool.usdPerUnitMonth(), spread), Bounds.nonNegative()));
            usdAtBase[p] = pool.usdPerMonth(plan.pool(pool.id()).units());
        }
        return new CostScenario("total cost", "USD/month", inputs, values -> {
            double total = 0;
            for (int p = 0; p < usdAtBase.length; p++) {
                Pool pool = problem.pools().get(p);
                // A pool priced at zero stays at zero: there is no ratio to scale.
                double ratio = pool.usdPerUnitMonth() > 0 ? values.get(inputName(pool)) / pool.usdPerUnitMonth() : 1;
                total += usdAtBase[p] * ratio;
            }
            return total;
        });
    }

    static String inputName(Pool pool) {
        return pool.id() + " unit price";
    }
}
