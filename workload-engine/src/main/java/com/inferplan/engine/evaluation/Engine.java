package com.inferplan.engine.evaluation;

import com.inferplan.catalog.HardwareCatalog;
import com.inferplan.engine.deployment.DeploymentPlan;
import com.inferplan.engine.deployment.DeploymentPlanner;
import com.inferplan.engine.deployment.DeploymentRequest;
import com.inferplan.engine.model.ModelArchitecture;
import com.inferplan.engine.model.ModelCatalog;
import com.inferplan.engine.perf.EfficiencyTable;
import com.inferplan.engine.perf.Efficiencies;
import com.inferplan.engine.perf.PerformanceModel;
import com.inferplan.engine.perf.SpeculativeDecoding;
import com.inferplan.engine.perf.UnsupportedPrecisionException;
import com.inferplan.engine.serving.StepTimeModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The facade: plans a deployment, builds its performance model (cached per layout) and estimates
 * the request's load mode. A plan that does not fit, or a precision the chip cannot run, yields an
 * evaluation with {@code fits = false} and the precise reason, never a number.
 */
public final class Engine {

    private static final int CACHE_LIMIT = 4096;

    private final ModelCatalog models;
    private final HardwareCatalog hardware;
    private final EfficiencyTable table;
    private final SpeculativeResolver speculative;
    private final Map<String, PerformanceModel> cache = new ConcurrentHashMap<>();

    public Engine(ModelCatalog models, HardwareCatalog hardware, EfficiencyTable table) {
        this.models = models;
        this.hardware = hardware;
        this.table = table;
        this.speculative = new SpeculativeResolver(models);
    }

    public static Engine builtIn() {
        return new Engine(ModelCatalog.builtIn(), HardwareCatalog.builtIn(), EfficiencyTable.builtIn());
    }

    public Engine withEfficiencies(EfficiencyTable efficiencies) {
        return new Engine(models, hardware, efficiencies);
    }

    public ModelCatalog models() {
        return models;
    }

    public HardwareCatalog hardware() {
        return hardware;
    }

    public EfficiencyTable efficiencies() {
        return table;
    }

    public Evaluation evaluate(EvaluationRequest r) {
        Efficiencies eff = table.resolve(r.hardware(), r.framework(), r.date());
        int context = r.inputTokens() + r.outputTokens();
        int batch = r.load() == LoadMode.MAX ? 1 : r.concurrency();
        DeploymentPlan plan = DeploymentPlanner.plan(new DeploymentRequest(r.model(), r.hardware(), r.chips(), r.tp(),
                r.pp(), r.ep(), r.weights(), r.kv(), batch, context, r.goal(), eff.planner()));
        List<String> notes = new ArrayList<>(eff.provenance());
        notes.addAll(plan.flags());
        if (!plan.fits()) {
            return Evaluation.notFitting(plan, plan.reasonText(), explanationOf(r, plan, eff, notes, null, null));
        }
        PerformanceModel model;
        try {
            model = model(plan, eff);
        } catch (UnsupportedPrecisionException e) {
            return Evaluation.notFitting(plan, e.getMessage(), explanationOf(r, plan, eff, notes, null, null));
        }
        notes.addAll(model.fallbacks());
        DecodeTiming timing = decodeTiming(r, model, eff, notes);
        LoadEstimates.Estimate e = estimate(r, plan, model, eff, timing);
        double total = e.replicaThroughput() * plan.replicas();
        Double perKw = powerPerChipWatts(plan).map(w -> total / (plan.chips() * w / 1000)).orElse(null);
        Explanation explanation = explanationOf(r, plan, eff, notes, model, e);
        return new Evaluation(plan, true, "", e.ttft(), e.tpot(), e.e2e(), 1 / e.tpot(), total, total / plan.chips(),
                perKw, e.batch(), e.prefill().bottleneck(), e.decode().bottleneck(), explanation);
    }

    /**
     * One replica of a fitting evaluation's plan as the serving simulator's step-time model, admitting the
     * stack's batch limit; built from the same cached performance model {@link #evaluate} used.
     */
    public StepTimeModel stepTimeModel(EvaluationRequest r, Evaluation evaluation) {
        if (!evaluation.fits()) {
            throw new InvalidEvaluationException("evaluation", r.model().id() + " on " + r.hardware().id(),
                    "does not fit, so it has no step times: " + evaluation.reason());
        }
        Efficiencies eff = table.resolve(r.hardware(), r.framework(), r.date());
        return model(evaluation.plan(), eff).stepTimeModel(eff.maxBatch());
    }

    private LoadEstimates.Estimate estimate(EvaluationRequest r, DeploymentPlan plan, PerformanceModel model,
                                            Efficiencies eff, DecodeTiming timing) {
        int in = r.inputTokens();
        int out = r.outputTokens();
        int perReplica = (int) Math.ceil((double) r.concurrency() / plan.replicas());
        return switch (r.load()) {
            case CLOSED -> LoadEstimates.closed(model, timing, perReplica, slots(plan, eff, in + out), in, out);
            case STATIC -> LoadEstimates.staticBatch(model, timing, perReplica, in, out);
            case MAX -> LoadEstimates.max(model, timing, eff.maxBatch(), eff.planner().prefillChunkTokens(), in, out);
        };
    }

    private static int slots(DeploymentPlan plan, Efficiencies eff, int context) {
        long byKv = plan.kvCapacityTokens() / Math.max(1, context);
        return (int) Math.max(1, Math.min(eff.maxBatch(), byKv));
    }

    private DecodeTiming decodeTiming(EvaluationRequest r, PerformanceModel model, Efficiencies eff, List<String> notes) {
        Optional<SpeculativeDecoding> settings = speculative.settings(r.speculative(), eff, r.model());
        if (settings.isEmpty()) {
            return new DecodeTiming(model, null);
        }
        SpeculativeDecoding sd = settings.get();
        Optional<ModelArchitecture> draft = speculative.draft(r.speculative(), r.model());
        if (draft.isPresent()) {
            sd = sd.withDraftCostFraction(draftCostFraction(r, model, eff, draft.get()));
        }
        DecodeTiming on = new DecodeTiming(model, sd);
        DecodeTiming off = new DecodeTiming(model, null);
        double context = r.inputTokens() + r.outputTokens() / 2.0;
        int batch = r.load() == LoadMode.MAX ? 1 : r.concurrency();
        if (r.speculative().enabled() == null && on.perToken(batch, context).seconds() >= off.perToken(batch, context).seconds()) {
            notes.add("speculative decoding would not pay here; the stack runs without it");
            return off;
        }
        notes.add(String.format("speculative decoding: draft %s, γ = %d, α = %.2f, draft step = %.2f of a target step, "
                        + "%.2f tokens per target step", draft.map(ModelArchitecture::id).orElse("(stack default)"),
                sd.gamma(), sd.acceptance(), sd.draftCostFraction(), sd.tokensPerTargetStep()));
        return on;
    }

    /** The draft's decode step on its own fewest-chip deployment of the same hardware, relative to the target's. */
    private double draftCostFraction(EvaluationRequest r, PerformanceModel target, Efficiencies eff,
                                     ModelArchitecture draft) {
        int context = Math.min(draft.maxContext(), r.inputTokens() + r.outputTokens());
        DeploymentPlan plan = DeploymentPlanner.plan(new DeploymentRequest(draft, r.hardware(), null, null, null, null,
                null, null, 1, context, r.goal(), eff.planner()));
        if (!plan.fits()) {
            return eff.speculative() == null ? 0.1 : eff.speculative().draftCostFraction();
        }
        double ctx = context / 2.0;
        double ratio = model(plan, eff).decodeStep(1, ctx).seconds() / target.decodeStep(1, ctx).seconds();
        return Math.min(1, ratio);
    }

    private PerformanceModel model(DeploymentPlan plan, Efficiencies eff) {
        String key = plan.model().id() + '|' + plan.model().hashCode() + '|' + plan.hardware().id() + '|' + plan.chips()
                + '|' + plan.parallelism() + '|' + plan.style() + '|' + plan.weightPrecision() + '|' + plan.kvPrecision()
                + '|' + plan.kvCapacityTokens() + '|' + plan.dramWeightShare() + '|' + eff.familyKey() + '|' + eff.framework()
                + '|' + eff.generation() + '|' + System.identityHashCode(table);
        PerformanceModel cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        if (cache.size() > CACHE_LIMIT) {
            cache.clear();
        }
        PerformanceModel built = PerformanceModel.of(plan, eff);
        cache.put(key, built);
        return built;
    }

    private static Optional<Double> powerPerChipWatts(DeploymentPlan plan) {
        var hw = plan.hardware();
        if (hw.systemPowerPerChipWatts() != null) {
            return Optional.of(hw.systemPowerPerChipWatts().value());
        }
        return Optional.ofNullable(hw.chipPowerWatts()).map(f -> f.value()).filter(w -> w > 0);
    }

    private static Explanation explanationOf(EvaluationRequest r, DeploymentPlan plan, Efficiencies eff,
                                             List<String> notes, PerformanceModel model, LoadEstimates.Estimate e) {
        return ExplanationBuilder.build(r, plan, eff, notes, model, e);
    }
}
