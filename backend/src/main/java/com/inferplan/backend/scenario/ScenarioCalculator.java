package com.inferplan.backend.scenario;

import com.inferplan.backend.scenario.CandidateEvaluator.ResolvedCandidate;
import com.inferplan.catalog.Accelerator;
import com.inferplan.engine.evaluation.Engine;
import com.inferplan.engine.evaluation.EvaluationRequest;
import com.inferplan.engine.evaluation.ParetoPoint;
import com.inferplan.engine.evaluation.Sweep;
import com.inferplan.engine.model.ModelArchitecture;
import com.inferplan.engine.serving.RunControl;
import com.inferplan.pricing.catalog.PricingCatalog;
import com.inferplan.backend.support.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The explorer's computation without Spring or a database (the service, the benchmark and tests share
 * it): validate, answer every candidate (in parallel: they are independent), pick the headline.
 */
public final class ScenarioCalculator {

    /** The sweep behind the Pareto chart: layouts up to this many chips, batches up to this size. */
    static final int FRONTIER_MAX_CHIPS = 64;
    static final int FRONTIER_MAX_BATCH = 256;

    private final Engine engine;
    private final PricingCatalog pricing;
    private final Function<String, Optional<ModelArchitecture>> models;
    private final Function<String, Optional<Accelerator>> hardware;
    private final CandidateEvaluator evaluator;
    private final BasisResolver bases;

    public ScenarioCalculator(Engine engine, PricingCatalog pricing, Function<String, Optional<ModelArchitecture>> models,
                              Function<String, Optional<Accelerator>> hardware) {
        this.engine = engine;
        this.pricing = pricing;
        this.models = models;
        this.hardware = hardware;
        this.evaluator = new CandidateEvaluator(engine, pricing);
        this.bases = new BasisResolver(pricing);
    }

    /**
     * The scenario with today's values of every default and deal choice written into it (decision
     * 0708): what a share link carries, so it shows these numbers after the catalog changes. Choices
     * that already carry terms, stated prices and choices with no price are left as they are.
     */
    public Scenario pinned(Scenario scenario) {
        BasisResolver bases = new BasisResolver(pricing);
        return scenario.withCandidates(scenario.candidates().stream().map(c -> bases.pin(c.cost(), c.hardware()).map(t -> c.withCost(c.cost().pinned(t))).orElse(c)).toList());
    }

    /** Built-in models, hardware and prices only (benchmarks, CLI-style use). */
    public static ScenarioCalculator builtIn() {
        return builtIn(Engine.builtIn());
    }

    /** Built-in prices over {@code engine}'s models and hardware (callers that already hold an engine). */
    public static ScenarioCalculator builtIn(Engine engine) {
        return new ScenarioCalculator(engine, PricingCatalog.builtIn(), engine.models()::find, engine.hardware()::find);
    }

    /**
     * @throws com.inferplan.backend.support.InvalidInputException listing every invalid field
     * @throws com.inferplan.engine.serving.SimulationCancelledException when {@code control} cancels
     */
    public ScenarioResults results(Scenario scenario, RunControl control) {
        return results(scenario, control, AnswerMemo.NONE);
    }

    /** As {@link #results(Scenario, RunControl)}, reusing the options {@code memo} has answered before. */
    ScenarioResults results(Scenario scenario, RunControl control, AnswerMemo memo) {
        List<ResolvedCandidate> candidates = validate(scenario);
        ScenarioWorkload workload = scenario.workload();
        DemandRates demand = DemandRates.of(workload.demand(), workload.lengths());
        List<CandidateResult> results = candidates.parallelStream()
                .map(c -> memo.option(new AnswerMemo.OptionKey(c, workload, scenario.transport()),
                        () -> evaluator.evaluate(c, workload, scenario.transport(), demand, control))).toList();
        return new ScenarioResults(Headline.of(results, workload), results, demand.peak());
    }

    /** @throws com.inferplan.backend.support.InvalidInputException listing every invalid field of the single option */
    public void validateSingle(Scenario scenario) {
        new ScenarioValidator(models, hardware, pricing).resolveSingle(scenario);
    }

    /**
     * {@code scenario}'s single candidate as one replica of a large fleet sized for its SLO capacity
     * ({@link FleetReplica}): how much one replica serves within the SLO, whatever the scenario's demand,
     * as a portfolio counts a pool's capacity for a tier.
     */
    public FleetReplica fleetReplica(Scenario scenario, RunControl control) {
        ResolvedCandidate candidate = new ScenarioValidator(models, hardware, pricing).resolveSingle(scenario);
        return evaluator.evaluateAsFleetReplica(candidate, scenario.workload(), scenario.transport(), control);
    }

    /**
     * How {@code choice} pays for chips of {@code hardwareId}, or empty with {@link #whyNoPrice} explaining.
     *
     * @throws com.inferplan.backend.support.InvalidInputException for an unknown hardware or deal id
     */
    public Optional<BasisTerms> basisTerms(CostChoice choice, String hardwareId) {
        Accelerator chip = hardware.apply(hardwareId).orElseThrow(() -> new InvalidInputException("hardware",
                hardwareId, "no such hardware in the catalog or among custom hardware"));
        if (choice.kind() == CostChoice.Kind.DEAL && pricing.deals().stream().noneMatch(t -> t.id().equals(choice.dealId()))) {
            throw new InvalidInputException("cost.dealId", choice.dealId(), "no such deal template");
        }
        return bases.resolve(choice, hardwareId)
                .map(priced -> BasisTerms.of(priced, FacilityUnit.of(choice, priced, chip, pricing)));
    }

    public String whyNoPrice(String hardwareId) {
        return bases.whyNone(hardwareId);
    }

    /** One frontier per distinct model and hardware among the candidates. */
    public List<Frontier> frontiers(Scenario scenario) {
        return frontiers(scenario, AnswerMemo.NONE);
    }

    List<Frontier> frontiers(Scenario scenario, AnswerMemo memo) {
        Map<String, ResolvedCandidate> distinct = new LinkedHashMap<>();
        validate(scenario).forEach(c -> distinct.putIfAbsent(c.model().id() + "@" + c.hardware().id(), c));
        return distinct.values().parallelStream().map(c -> {
            EvaluationRequest request = c.request(scenario.workload().lengths(), null);
            return memo.frontier(request, () -> frontier(c, request));
        }).toList();
    }

    List<ResolvedCandidate> validate(Scenario scenario) {
        return new ScenarioValidator(models, hardware, pricing).resolve(scenario);
    }

    private Frontier frontier(ResolvedCandidate c, EvaluationRequest request) {
        List<ParetoPoint> points = Sweep.frontier(engine, request, FRONTIER_MAX_CHIPS, FRONTIER_MAX_BATCH);
        String reason = points.isEmpty() ? "no layout of up to " + FRONTIER_MAX_CHIPS + " chips holds " + c.model().id()
                : null;
        return new Frontier(c.hardware().id(), c.hardware().name(), c.model().id(), points, reason);
    }
}
