package com.inferplan.backend.portfolio;

import com.inferplan.backend.scenario.CostChoice;
import com.inferplan.backend.scenario.Scenario;
import com.inferplan.backend.scenario.ScenarioCalculator;
import com.inferplan.catalog.Accelerator;
import com.inferplan.engine.evaluation.Engine;
import com.inferplan.engine.serving.validation.InvalidInputException;
import com.inferplan.engine.serving.RunControl;
import com.inferplan.pricing.portfolio.PortfolioOptimizer;
import com.inferplan.pricing.portfolio.PortfolioPlan;
import com.inferplan.pricing.portfolio.PortfolioProblem;
import com.inferplan.pricing.portfolio.SolveBudget;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A portfolio's answer without Spring or a database (the service, the CLI and the benchmark share it):
 * validate, price each pool's unit, find each pool's capacity for each tier it may serve (in parallel,
 * through {@link PoolOptions}, which the service caches), optimise, and explain.
 */
public final class PortfolioCalculator {

    private final PoolOptions scenarios;
    private final Function<String, Optional<Accelerator>> hardware;
    /**
     * The optimiser's and the uncertainty's time together per answer (decision 0905): small portfolios
     * are proven cheapest well within it; a 20-pool × 6-tier one gets the rounded-relaxation plan and
     * what branch and bound improves in the time, with its gap to the lower bound in the notes, so a
     * what-if comes back in interactive time.
     */
    static final java.time.Duration ANSWER_BUDGET = java.time.Duration.ofMillis(250);

    private final PortfolioOptimizer optimizer = new PortfolioOptimizer(ANSWER_BUDGET);

    PortfolioCalculator(PoolOptions scenarios, Function<String, Optional<Accelerator>> hardware) {
        this.scenarios = scenarios;
        this.hardware = hardware;
    }

    /** Built-in models, hardware and prices, no cache (CLI, benchmark, tests). */
    public static PortfolioCalculator builtIn() {
        Engine engine = Engine.builtIn();
        return new PortfolioCalculator(PoolOptions.of(ScenarioCalculator.builtIn(engine)), engine.hardware()::find);
    }

    /** @throws com.inferplan.backend.support.InvalidInputException listing every invalid field */
    public void validate(Portfolio portfolio) {
        new PortfolioValidator(scenarios::validate).validate(portfolio);
    }

    /**
     * @throws com.inferplan.backend.support.InvalidInputException listing every invalid field
     * @throws com.inferplan.engine.serving.SimulationCancelledException when {@code control} cancels
     */
    public PortfolioAnswer answer(Portfolio portfolio, RunControl control) {
        validate(portfolio);
        List<String> notes = new ArrayList<>();
        Map<String, PoolUnit> units = units(portfolio, notes);
        List<TierOnPool> cells = cells(portfolio, units, control);
        PortfolioProblem problem = ProblemBuilder.of(portfolio, units, cells);
        SolveBudget clock = optimizer.startBudget();
        PortfolioPlan plan = optimizer.optimize(problem, clock);
        return AnswerBuilder.of(portfolio, units, cells, problem, plan, clock, notes);
    }

    /** Each pool's unit and price; pools with no price, or not available by the plan month, are left out. */
    private Map<String, PoolUnit> units(Portfolio portfolio, List<String> notes) {
        YearMonth month = portfolio.planMonth() == null ? YearMonth.now() : YearMonth.parse(portfolio.planMonth());
        Map<String, PoolUnit> units = new LinkedHashMap<>();
        for (PortfolioPool pool : portfolio.pools()) {
            Accelerator chip = hardware.apply(pool.hardware()).orElseThrow();
            if (pool.availableFrom() != null && YearMonth.parse(pool.availableFrom()).isAfter(month)) {
                notes.add("Pool " + pool.id() + " is left out: available from " + pool.availableFrom()
                        + ", after the plan month " + month + ".");
                continue;
            }
            Optional<PoolUnit> unit = scenarios.basisTerms(pool.cost(), pool.hardware())
                    .map(terms -> PoolUnit.of(pool, chip, terms));
            if (unit.isEmpty()) {
                notes.add("Pool " + pool.id() + " is left out: " + scenarios.whyNoPrice(pool.hardware()));
            } else {
                units.put(pool.id(), unit.get());
            }
        }
        return units;
    }

    private List<TierOnPool> cells(Portfolio portfolio, Map<String, PoolUnit> units, RunControl control) {
        List<TierOnPool> cells = new ArrayList<>();
        List<Pair> pairs = new ArrayList<>();
        for (PortfolioTier tier : portfolio.tiers()) {
            for (PortfolioPool pool : portfolio.pools()) {
                if (!units.containsKey(pool.id())) {
                    continue;
                }
                if (pool.mayServe(tier.id())) {
                    pairs.add(new Pair(tier, pool));
                } else {
                    cells.add(TierOnPool.notServed(pool.id(), tier.id(), "not routed: the pool serves only "
                            + pool.serves()));
                }
            }
        }
        cells.addAll(pairs.parallelStream().map(p -> cell(p, units.get(p.pool().id()), control)).toList());
        return cells;
    }

    /** The capacity does not depend on how the pool is paid: the scenario is keyed without its cost. */
    private TierOnPool cell(Pair p, PoolUnit unit, RunControl control) {
        Scenario scenario = PortfolioValidator.scenario(p.tier(), p.pool().withCost(CostChoice.DEFAULT));
        try {
            return TierOnPool.of(p.pool().id(), p.tier(), scenarios.fleetReplica(scenario, control),
                    unit.chipsPerUnit());
        } catch (InvalidInputException e) {
            // The engine refuses a request the replica can never serve (too long for its KV cache or step budget).
            return TierOnPool.notServed(p.pool().id(), p.tier().id(), e.getMessage());
        }
    }

    private record Pair(PortfolioTier tier, PortfolioPool pool) {
    }
}
