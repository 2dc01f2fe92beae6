package com.inferplan.engine.evaluation;

import com.inferplan.catalog.Accelerator;
import com.inferplan.catalog.HardwareCatalog;
import com.inferplan.engine.deployment.DeploymentPlan;
import com.inferplan.engine.deployment.DeploymentPlanner;
import com.inferplan.engine.deployment.DeploymentRequest;
import com.inferplan.engine.deployment.PlannerSettings;
import com.inferplan.engine.model.ModelCatalog;
import com.inferplan.engine.perf.EfficiencyTable;
import com.inferplan.engine.perf.Efficiencies;
import com.inferplan.engine.perf.KvTransfer;
import com.inferplan.engine.deployment.ServingStyle;
import com.inferplan.engine.perf.PerformanceModel;
import com.inferplan.engine.perf.StackScheduler;
import com.inferplan.engine.perf.StackSchedulers;
import com.inferplan.engine.perf.UnsupportedPrecisionException;
import com.inferplan.engine.serving.SchedulerConfig;
import com.inferplan.engine.serving.StepTimeModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The facade: plans a deployment, builds its performance model (cached per layout) and estimates
 * the request's load mode. A plan that does not fit, or a precision the chip cannot run, yields an
 * evaluation with {@code fits = false} and the precise reason, never a number.
 */
public final class Engine {

    private final ModelCatalog models;
    private final HardwareCatalog hardware;
    private final EfficiencyTable table;
    private final PerformanceModels performanceModels;
    private final SpeculativeTiming speculative;
    private final StackSchedulers schedulers = StackSchedulers.builtIn();
    private final SimulatedLoad simulated = new SimulatedLoad();

    public Engine(ModelCatalog models, HardwareCatalog hardware, EfficiencyTable table) {
        this.models = models;
        this.hardware = hardware;
        this.table = table;
        this.performanceModels = new PerformanceModels();
        this.speculative = new SpeculativeTiming(models, performanceModels);
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
        Prepared w = prepare(r);
        if (w.failure() != null) {
            return w.failure();
        }
        LoadEstimates.Estimate e = estimate(r, w.plan(), w.model(), w.eff(), w.timing());
        double total = e.replicaThroughput() * w.plan().replicas();
        return answer(r, w, e, total, w.plan().chips());
    }

    /**
     * Throughput under latency limits (MLPerf Server/Interactive): the highest Poisson rate whose
     * percentile TTFT and TPOT stay within {@code limits}, simulated under the stack's scheduler, with
     * the mean latencies at that rate. The layout is the stack's maximum-load one.
     */
    public Evaluation evaluateUnderLimits(EvaluationRequest r, LatencyLimits limits) {
        EvaluationRequest offline = r.withLoad(LoadMode.MAX, 1);
        Prepared w = prepare(offline);
        if (w.failure() != null) {
            return w.failure();
        }
        StackScheduler stack = schedulers.find(w.eff().framework())
                .orElseThrow(() -> new InvalidEvaluationException("framework", w.eff().framework(),
                        "has no scheduler entry in perf/schedulers.json, so its load cannot be simulated"));
        int slots = BatchLimit.slots(w.plan(), w.eff(), r.inputTokens(), r.outputTokens());
        LoadEstimates.Estimate e = SloLoad.highestRate(w.model(), w.timing(), w.eff(), stack, limits, slots,
                r.inputTokens(), r.outputTokens());
        return answer(offline, w, e, e.replicaThroughput() * w.plan().replicas(), w.plan().chips());
    }

    /**
     * Disaggregated serving: the prefill and decode pools planned as given, the KV cache of each prompt
     * sent between them (over the scale-up fabric when both pools fit one scale-up domain). The answer's
     * plan is a decode worker's; throughput and per-chip figures count both pools.
     */
    public Evaluation evaluateDisaggregated(DisaggregatedRequest d) {
        Prepared prefill = prepare(d.prefill());
        if (prefill.failure() != null) {
            return prefill.failure();
        }
        Prepared decode = prepare(d.decode());
        if (decode.failure() != null) {
            return decode.failure();
        }
        int chips = d.prefillWorkers() * prefill.plan().chips() + d.decodeWorkers() * decode.plan().chips();
        boolean sameDomain = oneScaleUpDomain(d.prefill().hardware(), d.decode().hardware(), chips);
        StackScheduler prefillStack = schedulers.find(prefill.eff().framework())
                .orElseThrow(() -> new InvalidEvaluationException("prefillHardware", prefill.eff().framework(),
                        "runs a stack without a scheduler entry in perf/schedulers.json, so its prefill pool cannot be "
                                + "simulated"));
        StackScheduler decodeStack = schedulers.find(decode.eff().framework()).orElse(null);
        if (decodeStack == null) {
            decode.notes().add("the decode workers' stack (" + decode.eff().framework() + ") has no scheduler entry: "
                    + "their pool is simulated with the prefill stack's (" + prefillStack.stack()
                    + ") request handling and KV pages");
            decodeStack = prefillStack;
        }
        LoadEstimates.Estimate e = DisaggregatedLoad.estimate(prefill.model(), decode.model(), decode.eff(),
                new DisaggregatedLoad.Stacks(prefillStack, decodeStack), d, sameDomain);
        return answer(d.decode(), decode, e, e.replicaThroughput() * d.decodeWorkers(), chips);
    }

    /**
     * Seconds to send one prompt's KV cache from a prefill worker to a decode worker (decision 0532), for
     * two fitting answers; {@code totalChips} (both pools) decides whether the scale-up fabric carries it.
     */
    public double kvTransferSeconds(EvaluationRequest prefillRequest, EvaluationRequest decodeRequest, Evaluation prefill,
                                    Evaluation decode, int totalChips) {
        Efficiencies eff = table.resolve(decodeRequest.hardware(), decodeRequest.framework(), decodeRequest.date());
        // the sending (prefill) stack's transceiver limits the transfer, as in the disaggregated loop
        String sender = table.resolve(prefillRequest.hardware(), prefillRequest.framework(), prefillRequest.date())
                .framework();
        double stack = schedulers.find(sender).map(StackScheduler::kvTransferBytesPerSecond).orElse(0.0);
        return KvTransfer.seconds(prefill.plan(), decode.plan(), eff, decodeRequest.inputTokens(),
                oneScaleUpDomain(prefill.plan().hardware(), decode.plan().hardware(), totalChips), stack);
    }

    private static boolean oneScaleUpDomain(Accelerator prefill, Accelerator decode, int totalChips) {
        return prefill.equals(decode) && totalChips <= decode.scaleUpDomainChips();
    }

    /** A request planned and bound to its chip, or the not-fitting answer that says why it cannot be. */
    private record Prepared(DeploymentPlan plan, Efficiencies eff, List<String> notes, PerformanceModel model,
                            DecodeTiming timing, Evaluation failure) {
    }

    private Prepared prepare(EvaluationRequest r) {
        Efficiencies eff = table.resolve(r.hardware(), r.framework(), r.date());
        int context = r.inputTokens() + r.outputTokens();
        PlannerSettings settings = r.load() == LoadMode.MAX ? eff.maxLoadPlanner() : eff.planner();
        boolean mtpResident = MtpDraft.applies(r.speculative(), r.model());
        // fit = the weights and one whole sequence; more concurrent sequences queue or run in waves
        DeploymentPlan plan = DeploymentPlanner.plan(new DeploymentRequest(r.model(), r.hardware(), r.chips(),
                r.layoutTp(), r.pp(), r.ep(), r.weights(), r.kv(), 1, context, r.goal(), settings,
                r.attentionDataParallel(), mtpResident));
        List<String> notes = new ArrayList<>(eff.provenance());
        notes.addAll(plan.flags());
        if (mtpResident) {
            notes.add("drafting with " + MtpDraft.describe(r.model())
                    + ": their weights and their KV cache are held beside the model's in the memory fit");
        }
        if (!plan.fits()) {
            return failed(plan, eff, notes, plan.reasonText(), r);
        }
        PerformanceModel model;
        try {
            model = performanceModels.of(plan, eff);
        } catch (UnsupportedPrecisionException e) {
            return failed(plan, eff, notes, e.getMessage(), r);
        }
        notes.addAll(model.fallbacks());
        DecodeTiming timing = speculative.of(r, model, eff, notes);
        return new Prepared(plan, eff, notes, model, timing, null);
    }

    private static Prepared failed(DeploymentPlan plan, Efficiencies eff, List<String> notes, String reason,
                                   EvaluationRequest r) {
        return new Prepared(plan, eff, notes, null, null,
                Evaluation.notFitting(plan, reason, explanationOf(r, plan, eff, notes, null, null)));
    }

    private static Evaluation answer(EvaluationRequest r, Prepared w, LoadEstimates.Estimate e, double total,
                                     int chips) {
        Double perKw = powerPerChipWatts(w.plan()).map(watts -> total / (chips * watts / 1000)).orElse(null);
        Explanation explanation = explanationOf(r, w.plan(), w.eff(), w.notes(), w.model(), e);
        return new Evaluation(w.plan(), true, "", e.ttft(), e.tpot(), e.e2e(), 1 / e.tpot(), total, total / chips,
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
        return performanceModels.of(evaluation.plan(), eff).stepTimeModel(eff.maxBatch());
    }

    private LoadEstimates.Estimate estimate(EvaluationRequest r, DeploymentPlan plan, PerformanceModel model,
                                            Efficiencies eff, DecodeTiming timing) {
        int in = r.inputTokens();
        int out = r.outputTokens();
        int perReplica = (int) Math.ceil((double) r.concurrency() / plan.replicas());
        int slots = BatchLimit.slots(plan, eff, in, out);
        return switch (r.load()) {
            case CLOSED -> closed(model, eff, timing, perReplica, slots, in, out);
            case STATIC -> LoadEstimates.staticBatch(model, timing, perReplica, slots, promptsPerStep(eff), in, out);
            case MAX -> LoadEstimates.max(model, timing, slots, plan.parallelism(), eff.planner().prefillChunkTokens(),
                    promptsPerStep(eff), in, out);
        };
    }

    /** The prompts one iteration of the stack takes; any number where the stack has no scheduler entry. */
    private int promptsPerStep(Efficiencies eff) {
        return schedulers.find(eff.framework()).map(StackScheduler::promptsPerStep).orElse(SchedulerConfig.ANY_PROMPTS);
    }

    /**
     * Closed-loop load by simulation where the stack's scheduler is known and decode is plain
     * (temporal layouts, no speculation); the closed form elsewhere (spatial pipelines, speculative
     * stacks), as docs/decisions/0531-closed-loop-by-simulation.md records.
     */
    private LoadEstimates.Estimate closed(PerformanceModel model, Efficiencies eff, DecodeTiming timing, int clients,
                                          int slots, int in, int out) {
        Optional<StackScheduler> stack = schedulers.find(eff.framework());
        if (stack.isPresent() && timing.speculative() == null && model.plan().style() == ServingStyle.TEMPORAL) {
            return simulated.closed(model, timing, eff, stack.get(), clients, slots, in, out);
        }
        return LoadEstimates.closed(model, timing, clients, slots, in, out);
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
