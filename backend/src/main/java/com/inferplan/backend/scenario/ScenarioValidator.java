package com.inferplan.backend.scenario;

import com.inferplan.backend.scenario.CandidateEvaluator.ResolvedCandidate;
import com.inferplan.backend.scenario.ScenarioWorkload.Demand;
import com.inferplan.backend.scenario.ScenarioWorkload.DemandUnit;
import com.inferplan.backend.scenario.ScenarioWorkload.Lengths;
import com.inferplan.backend.scenario.ScenarioWorkload.SloTarget;
import com.inferplan.backend.support.FieldProblem;
import com.inferplan.backend.support.InvalidInputException;
import com.inferplan.catalog.Accelerator;
import com.inferplan.catalog.Precision;
import com.inferplan.engine.model.ContextLengthException;
import com.inferplan.engine.model.ModelArchitecture;
import com.inferplan.pricing.basis.HourlyBasis;
import com.inferplan.pricing.catalog.DealTemplate;
import com.inferplan.pricing.catalog.PricingCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks a whole scenario at once and reports every problem with its field path, the value and why
 * (e.g. {@code candidates[2].cost.dealId}); on success returns the candidates with their model and
 * hardware looked up. Limits keep a scenario inside what one explorer answer can compute quickly.
 */
final class ScenarioValidator {

    static final int MIN_CANDIDATES = 2;
    static final int MAX_CANDIDATES = 6;
    static final int MAX_CHIPS_PER_REPLICA = 4_096;
    static final double MAX_PEAK_FACTOR = 20;
    static final double MAX_SPREAD = 2;
    static final double MAX_USD_PER_CHIP_HOUR = 10_000;

    private final Function<String, Optional<ModelArchitecture>> models;
    private final Function<String, Optional<Accelerator>> hardware;
    private final PricingCatalog pricing;
    private final List<FieldProblem> problems = new ArrayList<>();

    ScenarioValidator(Function<String, Optional<ModelArchitecture>> models,
                      Function<String, Optional<Accelerator>> hardware, PricingCatalog pricing) {
        this.models = models;
        this.hardware = hardware;
        this.pricing = pricing;
    }

    List<ResolvedCandidate> resolve(Scenario s) {
        return resolve(s, MIN_CANDIDATES, MAX_CANDIDATES);
    }

    /** One option on its own, as a portfolio counts one pool's capacity for one tier. */
    ResolvedCandidate resolveSingle(Scenario s) {
        return resolve(s, 1, 1).get(0);
    }

    private List<ResolvedCandidate> resolve(Scenario s, int minCandidates, int maxCandidates) {
        if (s == null || s.workload() == null) {
            throw new InvalidInputException("workload", null, "a scenario needs a workload");
        }
        workload(s.workload());
        Precision weights = precision("precisions.weights", s.precisions().weights());
        Precision kv = precision("precisions.kv", s.precisions().kv());
        Optional<ModelArchitecture> model = model("model", s.model(), s.workload().lengths());
        int count = s.candidates().size();
        check(count >= minCandidates && count <= maxCandidates, "candidates", count,
                minCandidates == maxCandidates ? "give exactly " + minCandidates + " option"
                        : "compare between " + minCandidates + " and " + maxCandidates + " options");
        List<ResolvedCandidate> resolved = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            candidate(i, s.candidates().get(i), model, s.workload().lengths(), weights, kv).ifPresent(resolved::add);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return resolved;
    }

    private void workload(ScenarioWorkload w) {
        Demand d = w.demand();
        if (check(d != null && d.unit() != null, "workload.demand", d, "give a demand and its unit")) {
            double max = d.unit() == DemandUnit.TOKENS_PER_DAY ? 1e16 : 1e7;
            check(d.value() > 0 && d.value() <= max, "workload.demand.value", d.value(), "must be above 0 and at most "
                    + max);
            check(d.peakFactor() >= 1 && d.peakFactor() <= MAX_PEAK_FACTOR, "workload.demand.peakFactor",
                    d.peakFactor(), "must be between 1 (flat) and " + MAX_PEAK_FACTOR);
        }
        Lengths l = w.lengths();
        if (check(l != null, "workload.lengths", null, "give prompt and answer lengths")) {
            check(l.inputTokens() >= 1, "workload.lengths.inputTokens", l.inputTokens(), "must be at least 1");
            check(l.outputTokens() >= 1, "workload.lengths.outputTokens", l.outputTokens(), "must be at least 1");
            check(l.spread() >= 0 && l.spread() <= MAX_SPREAD, "workload.lengths.spread", l.spread(),
                    "must be between 0 (fixed lengths) and " + MAX_SPREAD);
        }
        SloTarget slo = w.slo();
        if (check(slo != null, "workload.slo", null, "give TTFT and TPOT limits")) {
            check(slo.ttftMs() > 0 && slo.ttftMs() <= 600_000, "workload.slo.ttftMs", slo.ttftMs(),
                    "must be above 0 and at most 600,000 ms");
            check(slo.tpotMs() > 0 && slo.tpotMs() <= 10_000, "workload.slo.tpotMs", slo.tpotMs(),
                    "must be above 0 and at most 10,000 ms");
            check(slo.percentile() == 90 || slo.percentile() == 99, "workload.slo.percentile", slo.percentile(),
                    "must be 90 or 99");
        }
    }

    private Optional<ResolvedCandidate> candidate(int i, Candidate c, Optional<ModelArchitecture> scenarioModel,
                                                  Lengths lengths, Precision weights, Precision kv) {
        String at = "candidates[" + i + "]";
        if (!check(c != null, at, null, "is empty")) {
            return Optional.empty();
        }
        Optional<ModelArchitecture> model = c.model() == null || c.model().isBlank() ? scenarioModel
                : model(at + ".model", c.model(), lengths);
        Optional<Accelerator> chip = Optional.ofNullable(c.hardware()).flatMap(hardware);
        check(chip.isPresent(), at + ".hardware", c.hardware(), "is not in the hardware catalog");
        check(c.chipsPerReplica() == null || (c.chipsPerReplica() >= 1 && c.chipsPerReplica() <= MAX_CHIPS_PER_REPLICA),
                at + ".chipsPerReplica", c.chipsPerReplica(), "must be empty (automatic) or 1 to " + MAX_CHIPS_PER_REPLICA);
        Integer prefillChips = c.separatePrefill() == null ? null : c.separatePrefill().chipsPerWorker();
        check(prefillChips == null || (prefillChips >= 1 && prefillChips <= MAX_CHIPS_PER_REPLICA),
                at + ".separatePrefill.chipsPerWorker", prefillChips,
                "must be empty (automatic) or 1 to " + MAX_CHIPS_PER_REPLICA);
        Optional<Accelerator> prefillChip = chip;
        if (c.separatePrefill() != null && c.separatePrefill().otherSilicon(c.hardware())) {
            prefillChip = hardware.apply(c.separatePrefill().hardware());
            check(prefillChip.isPresent(), at + ".separatePrefill.hardware", c.separatePrefill().hardware(),
                    "is not in the hardware catalog");
        }
        String costLabel = cost(at + ".cost", c.cost(), c.hardware());
        if (model.isEmpty() || chip.isEmpty() || prefillChip.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ResolvedCandidate(i, c, model.get(), chip.get(), weights, kv, costLabel,
                prefillChip.get()));
    }

    private String cost(String at, CostChoice cost, String hardwareId) {
        if (cost.terms() != null) {
            return pinned(at, cost, hardwareId);
        }
        return switch (cost.kind()) {
            case DEFAULT -> "catalog default price";
            case ON_DEMAND -> {
                Double usd = cost.usdPerChipHour();
                check(usd != null && usd > 0 && usd <= MAX_USD_PER_CHIP_HOUR, at + ".usdPerChipHour", usd,
                        "give an on-demand price above 0 and at most " + MAX_USD_PER_CHIP_HOUR + " USD per chip-hour");
                yield "on-demand at " + Wording.usd(usd == null ? 0 : usd) + "/chip-hour";
            }
            case DEAL -> {
                Optional<DealTemplate> deal = pricing.deals().stream().filter(t -> t.id().equals(cost.dealId()))
                        .findFirst();
                if (check(deal.isPresent(), at + ".dealId", cost.dealId(), "is not a deal template; known: "
                        + pricing.deals().stream().map(DealTemplate::id).toList())) {
                    check(deal.get().hardwareId().equals(hardwareId), at + ".dealId", cost.dealId(),
                            "is a deal for " + deal.get().hardwareId() + ", not " + hardwareId);
                }
                yield "deal " + cost.dealId();
            }
        };
    }

    /** Terms a link carries are checked as a saved basis is; the template they came from may be gone. */
    private String pinned(String at, CostChoice cost, String hardwareId) {
        PinnedTerms terms = cost.terms();
        check(hardwareId == null || hardwareId.equals(terms.hardware()), at + ".terms.hardware", terms.hardware(),
                "the terms price " + terms.hardware() + ", not " + hardwareId);
        try {
            check(terms.spec().basis() instanceof HourlyBasis, at + ".terms.basis", null,
                    "the explorer prices chip-hours: give an hourly basis (on-demand, reserved, owned or partner-deal)");
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> problems.add(new FieldProblem(at + ".terms." + p.field(), p.rejectedValue(),
                    p.message())));
        }
        return cost.kind() == CostChoice.Kind.DEAL ? "deal " + cost.dealId() : "catalog default price";
    }

    private Optional<ModelArchitecture> model(String field, String id, Lengths lengths) {
        Optional<ModelArchitecture> model = id == null || id.isBlank() ? Optional.empty() : models.apply(id);
        if (check(model.isPresent(), field, id, "is not a known model (built-in or imported)") && lengths != null) {
            try {
                ContextLengthException.checkPromptAndOutput(lengths.inputTokens(), lengths.outputTokens(),
                        model.get().maxContext());
            } catch (ContextLengthException e) {
                check(false, "workload.lengths", e.requestedTokens(), e.getMessage());
            }
        }
        return model;
    }

    private Precision precision(String field, String text) {
        if (text == null || text.isBlank() || text.equals("native")) {
            return null;
        }
        try {
            return Precision.parse(text);
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, text, e.getMessage()));
            return null;
        }
    }

    private boolean check(boolean ok, String field, Object value, String message) {
        if (!ok) {
            problems.add(new FieldProblem(field, value, message));
        }
        return ok;
    }
}
