package com.inferplan.backend.scenario;

import com.inferplan.backend.evaluation.EvaluationService;
import com.inferplan.backend.audit.AuditService;
import com.inferplan.backend.audit.AuditedChange;
import com.inferplan.backend.hardware.HardwareService;
import com.inferplan.backend.model.ModelService;
import com.inferplan.backend.security.CurrentUser;
import com.inferplan.backend.security.Role;
import com.inferplan.backend.support.EditConflictException;
import com.inferplan.backend.support.InvalidInputException;
import com.inferplan.backend.support.NotFoundException;
import com.inferplan.db.scenario.ScenarioRepository;
import com.inferplan.db.support.DocumentRow;
import com.inferplan.db.support.RetiredIds;
import com.inferplan.engine.serving.ProgressListener;
import com.inferplan.engine.serving.RunControl;
import com.inferplan.pricing.catalog.DealTemplate;
import com.inferplan.pricing.catalog.PricingCatalog;
import java.security.SecureRandom;
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

    private static final int MAX_NAME_LENGTH = 200;
    private static final String ID_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final int ID_LENGTH = 10;
    private static final String ENTITY = "scenario";
    private static final List<String> DATA_READ = List.of("hardware", "model", "cost-basis");

    private final ScenarioRepository repository;
    private final RetiredIds retiredIds;
    private final AuditService audit;
    private final ScenarioCalculator calculator;
    private final SecureRandom random = new SecureRandom();
    private final WorkGate gate;
    private final ResultsCache<CachedAnswer, ScenarioResults> cache = new ResultsCache<>(256);
    private final ResultsCache<CachedAnswer, FleetReplica> replicas = new ResultsCache<>(1024);

    public ScenarioService(ScenarioRepository repository, RetiredIds retiredIds, AuditService audit,
                           ModelService models, HardwareService hardware, EvaluationService evaluations,
                           WorkGate gate) {
        this.repository = repository;
        this.gate = gate;
        this.retiredIds = retiredIds;
        this.audit = audit;
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
        return calculator.results(scenario, new RunControl(ProgressListener.NONE, cancelled));
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
        return calculator.frontiers(scenario);
    }

    /** @throws InvalidInputException listing every invalid field */
    public void validate(Scenario scenario) {
        calculator.validate(scenario);
    }

    public List<ScenarioSummary> list() {
        return repository.findAll().stream()
                .map(r -> new ScenarioSummary(r.id(), r.name(), r.version(), r.updatedBy(), r.updatedAt())).toList();
    }

    public SavedScenario get(String id) {
        return saved(repository.find(id).orElseThrow(() -> notFound(id)));
    }

    @PreAuthorize(Role.ANALYST_RULE)
    @Transactional
    public SavedScenario create(String name, Scenario scenario) {
        String checked = name(name);
        validate(scenario);
        DocumentRow row = repository.insert(newId(), checked, ScenarioCodec.toJson(scenario), CurrentUser.name());
        audit.record("create", AuditedChange.created(ENTITY, row.id(), row.version(), row));
        return saved(row);
    }

    /** Saves over {@code basedOnVersion}; a later save by someone else makes this fail, never overwrite. */
    @PreAuthorize(Role.ANALYST_RULE)
    @Transactional
    public SavedScenario save(String id, String name, Scenario scenario, int basedOnVersion) {
        String checked = name(name);
        validate(scenario);
        DocumentRow before = repository.find(id).orElseThrow(() -> notFound(id));
        DocumentRow after = EditConflictException.translating(() -> repository.update(id, checked, ScenarioCodec.toJson(scenario),
                CurrentUser.name(), basedOnVersion));
        audit.record("update", AuditedChange.updated(ENTITY, id, after.version(), before, after));
        return saved(after);
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
        DocumentRow before = repository.find(id).orElseThrow(() -> notFound(id));
        if (!EditConflictException.translating(() -> repository.delete(id, basedOnVersion))) {
            throw notFound(id);
        }
        retiredIds.retire(id, ENTITY);
        audit.record("delete", AuditedChange.deleted(ENTITY, id, basedOnVersion, before));
    }



    /** Newest first. */
    public List<ScenarioVersion> versions(String id) {
        get(id);
        return repository.versions(id).stream().map(v -> new ScenarioVersion(v.documentId(), v.version(), v.name(),
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

    private static String name(String name) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME_LENGTH) {
            throw new InvalidInputException("name", name, "give a name of 1 to " + MAX_NAME_LENGTH + " characters");
        }
        return trimmed;
    }

    private String newId() {
        while (true) {
            StringBuilder id = new StringBuilder("sc-");
            for (int i = 0; i < ID_LENGTH; i++) {
                id.append(ID_ALPHABET.charAt(random.nextInt(ID_ALPHABET.length())));
            }
            if (!retiredIds.isRetired(id.toString(), ENTITY)) {
                return id.toString();
            }
        }
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("no scenario with id '" + id + "'");
    }
}
