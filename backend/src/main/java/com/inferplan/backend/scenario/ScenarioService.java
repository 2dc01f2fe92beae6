package com.inferplan.backend.scenario;

import com.inferplan.backend.evaluation.EvaluationService;
import com.inferplan.backend.audit.AuditService;
import com.inferplan.backend.hardware.HardwareService;
import com.inferplan.backend.model.ModelService;
import com.inferplan.backend.security.Role;
import com.inferplan.backend.support.InvalidInputException;
import com.inferplan.backend.support.NotFoundException;
import com.inferplan.backend.support.SavedDocuments;
import com.inferplan.db.scenario.ScenarioRepository;
import com.inferplan.db.support.DocumentRow;
import com.inferplan.db.support.RetiredIds;
import com.inferplan.engine.serving.ProgressListener;
import com.inferplan.engine.serving.RunControl;
import com.inferplan.pricing.catalog.DealTemplate;
import com.inferplan.pricing.catalog.PricingCatalog;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import com.inferplan.backend.work.ResultsCache;
import com.inferplan.backend.work.WorkGate;

/**
 * The scenario explorer's only API: answers for a scenario (saved or not), the Pareto frontiers behind
 * its chart, saving with history and edit-conflict detection, and comparison of two scenarios or two
 * versions. A save names the version it was based on; if someone saved in between, an
 * {@link EditConflictException} reaches the caller and nothing is overwritten. Saves need the analyst
 * role; their author is the signed-in user, and each is in the audit trail with its before and after.
 */
@Service
public class ScenarioService {

    private static final List<String> DATA_READ = List.of("hardware", "model", "cost-basis");

    private final AuditService audit;
    private final SavedDocuments documents;
    private final ScenarioCalculator calculator;
    private final WorkGate gate;
    private final ResultsCache<CachedAnswer, ScenarioResults> cache = new ResultsCache<>(256);
    private final ResultsCache<CachedAnswer, FleetReplica> replicas = new ResultsCache<>(1024);
    private final StoredAnswers parts = new StoredAnswers();

    public ScenarioService(ScenarioRepository repository, RetiredIds retiredIds, AuditService audit,
                           ModelService models, HardwareService hardware, EvaluationService evaluations,
                           WorkGate gate) {
        this.gate = gate;
        this.audit = audit;
        this.documents = new SavedDocuments(repository, retiredIds, audit, "scenario", "sc-");
        this.calculator = new ScenarioCalculator(evaluations.engine(), PricingCatalog.builtIn(), models::find,
                id -> hardware.catalog().find(id));
    }

    /** The scenario as a share link carries it: every default and deal choice with today's terms (decision 0708). */
    public Scenario pinned(Scenario scenario) {
        return calculator.pinned(scenario);
    }

    /** Whether two scenarios give the same numbers today: equal once both carry today's terms. */
    public boolean sameAnswers(Scenario a, Scenario b) {
        return pinned(a).equals(pinned(b));
    }

    public ScenarioResults results(Scenario scenario) {
        return results(scenario, () -> false);
    }

    /** @throws com.inferplan.engine.serving.SimulationCancelledException once {@code cancelled} says so */
    public ScenarioResults results(Scenario scenario, BooleanSupplier cancelled) {
        return cache.get(key(scenario), () -> compute(scenario, cancelled));
    }

    /** For API callers: within the caller's and the server's computation limits and time budget. */
    public ScenarioResults resultsWithinLimits(Scenario scenario) {
        return cache.get(key(scenario), () -> gate.run("sizing this scenario", cancelled -> compute(scenario, cancelled)));
    }

    private CachedAnswer key(Scenario scenario) {
        return new CachedAnswer(scenario, audit.latestChangeId(DATA_READ));
    }

    private ScenarioResults compute(Scenario scenario, BooleanSupplier cancelled) {
        return calculator.results(scenario, new RunControl(ProgressListener.NONE, cancelled), partsNow());
    }

    /** Options and frontiers answered before, while the stored data was as it is now (decision 0717). */
    private AnswerMemo partsNow() {
        return parts.at(audit.latestChangeId(DATA_READ));
    }

    /** A scenario's answer depends on the scenario and on the custom hardware, models and bases it names. */
    private record CachedAnswer(Scenario scenario, long dataGeneration) {
    }

    /** @throws InvalidInputException listing every invalid field of a one-option scenario */
    public void validateSingle(Scenario scenario) {
        calculator.validateSingle(scenario);
    }

    /**
     * {@code scenario}'s one option as a replica of a large fleet ({@link ScenarioCalculator#fleetReplica}),
     * cached like answers by the scenario and the newest change to the data it reads.
     */
    public FleetReplica fleetReplica(Scenario scenario, RunControl control) {
        return replicas.get(key(scenario), () -> calculator.fleetReplica(scenario, control));
    }

    public Optional<BasisTerms> basisTerms(CostChoice choice, String hardwareId) {
        return calculator.basisTerms(choice, hardwareId);
    }

    public String whyNoPrice(String hardwareId) {
        return calculator.whyNoPrice(hardwareId);
    }

    public List<Frontier> frontiers(Scenario scenario) {
        return calculator.frontiers(scenario, partsNow());
    }

    /** @throws InvalidInputException listing every invalid field */
    public void validate(Scenario scenario) {
        calculator.validate(scenario);
    }

    public List<ScenarioSummary> list() {
        return documents.list().stream()
                .map(r -> new ScenarioSummary(r.id(), r.name(), r.version(), r.updatedBy(), r.updatedAt())).toList();
    }

    public SavedScenario get(String id) {
        return saved(documents.get(id));
    }

    @PreAuthorize(Role.ANALYST_RULE)
    @Transactional
    public SavedScenario create(String name, Scenario scenario) {
        String checked = SavedDocuments.checkedName(name);
        validate(scenario);
        return saved(documents.create(checked, ScenarioCodec.toJson(scenario)));
    }

    /** Saves over {@code basedOnVersion}; a later save by someone else makes this fail, never overwrite. */
    @PreAuthorize(Role.ANALYST_RULE)
    @Transactional
    public SavedScenario save(String id, String name, Scenario scenario, int basedOnVersion) {
        String checked = SavedDocuments.checkedName(name);
        validate(scenario);
        return saved(documents.save(id, checked, ScenarioCodec.toJson(scenario), basedOnVersion));
    }

    @PreAuthorize(Role.ANALYST_RULE)
    @Transactional
    public SavedScenario rename(String id, String name, int basedOnVersion) {
        SavedScenario current = get(id);
        return save(id, name, current.scenario(), basedOnVersion);
    }

    @PreAuthorize(Role.ANALYST_RULE)
    @Transactional
    public SavedScenario copy(String id, String name) {
        return create(name, get(id).scenario());
    }

    /** Deletes the scenario and its history if it is still at {@code basedOnVersion}; the audit keeps its last state. */
    @PreAuthorize(Role.ANALYST_RULE)
    @Transactional
    public void delete(String id, int basedOnVersion) {
        documents.delete(id, basedOnVersion);
    }

    /** Newest first. */
    public List<ScenarioVersion> versions(String id) {
        return documents.versions(id).stream().map(v -> new ScenarioVersion(v.documentId(), v.version(), v.name(),
                v.savedBy(), v.savedAt(), ScenarioCodec.fromJson(v.stateJson()))).toList();
    }

    public ScenarioVersion version(String id, int version) {
        return versions(id).stream().filter(v -> v.version() == version).findFirst()
                .orElseThrow(() -> new NotFoundException("scenario '" + id + "' has no version " + version));
    }

    public ScenarioComparison compare(String labelA, Scenario a, String labelB, Scenario b) {
        return ScenarioComparison.of(labelA, a, results(a), labelB, b, results(b));
    }

    /** The published Codex-Spark figures beside what this (example) scenario models for them. */
    public List<PublishedClaim> publishedClaims(Scenario shown, ScenarioResults shownResults) {
        return PublishedClaim.against(shownResults, results(PublishedExample.usualGpuService(shown)));
    }

    /** The example's options answered again at TPOT limits of 10, 20 and 40 ms (cached like any answer). */
    public List<SloSweepRow> sloSweep(Scenario shown) {
        return SloSweepRow.sweep(shown, this::results);
    }

    /** The published example as REST gives it: answer, labelled claims and the TPOT sweep. */
    public PublishedExampleAnswer publishedExample() {
        Scenario example = PublishedExample.scenario();
        ScenarioResults answer = resultsWithinLimits(example);
        return new PublishedExampleAnswer(example, answer, PublishedClaim.against(answer,
                resultsWithinLimits(PublishedExample.usualGpuService(example))),
                SloSweepRow.sweep(example, this::resultsWithinLimits));
    }

    /** The partner-deal templates a candidate may be priced under. */
    public List<DealTemplate> dealTemplates() {
        return PricingCatalog.builtIn().deals();
    }

    /** What the landing page shows before anyone changes anything. */
    public Scenario defaultScenario() {
        return new Scenario(WorkloadPreset.CHAT.workload(null), "llama-3.3-70b", List.of(
                Candidate.of("nvidia-h100-sxm", CostChoice.DEFAULT), Candidate.of("nvidia-b200", CostChoice.DEFAULT),
                Candidate.of("amd-mi300x", CostChoice.DEFAULT)), Transport.HTTP, Scenario.Precisions.NATIVE);
    }

    private static SavedScenario saved(DocumentRow r) {
        return new SavedScenario(r.id(), r.name(), r.version(), r.createdBy(), r.createdAt(), r.updatedBy(),
                r.updatedAt(), ScenarioCodec.fromJson(r.stateJson()));
    }

}
