package com.inferplan.backend.scenario;

import com.inferplan.backend.evaluation.EvaluationService;
import com.inferplan.backend.hardware.HardwareService;
import com.inferplan.backend.model.ModelService;
import com.inferplan.backend.support.InvalidInputException;
import com.inferplan.backend.support.NotFoundException;
import com.inferplan.db.scenario.ScenarioRepository;
import com.inferplan.db.scenario.ScenarioRow;
import com.inferplan.engine.serving.ProgressListener;
import com.inferplan.engine.serving.RunControl;
import com.inferplan.pricing.catalog.PricingCatalog;
import java.security.SecureRandom;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.springframework.stereotype.Service;

/**
 * The scenario explorer's only API: answers for a scenario (saved or not), the Pareto frontiers behind
 * its chart, saving with history and edit-conflict detection, and comparison of two scenarios or two
 * versions. A save names the version it was based on; if someone saved in between, the repository's
 * {@link com.inferplan.db.support.StaleVersionException} reaches the caller and nothing is overwritten.
 */
@Service
public class ScenarioService {

    private static final int MAX_NAME_LENGTH = 200;
    private static final String ID_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final int ID_LENGTH = 10;

    private final ScenarioRepository repository;
    private final ScenarioCalculator calculator;
    private final SecureRandom random = new SecureRandom();

    public ScenarioService(ScenarioRepository repository, ModelService models, HardwareService hardware,
                           EvaluationService evaluations) {
        this.repository = repository;
        this.calculator = new ScenarioCalculator(evaluations.engine(), PricingCatalog.builtIn(), models::find,
                id -> hardware.catalog().find(id));
    }

    public ScenarioResults results(Scenario scenario) {
        return calculator.results(scenario, RunControl.NONE);
    }

    /** @throws com.inferplan.engine.serving.SimulationCancelledException once {@code cancelled} says so */
    public ScenarioResults results(Scenario scenario, BooleanSupplier cancelled) {
        return calculator.results(scenario, new RunControl(ProgressListener.NONE, cancelled));
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

    public SavedScenario create(String name, Scenario scenario, String author) {
        String checked = name(name);
        validate(scenario);
        return saved(repository.insert(newId(), checked, ScenarioCodec.toJson(scenario), author));
    }

    /** Saves over {@code basedOnVersion}; a later save by someone else makes this fail, never overwrite. */
    public SavedScenario save(String id, String name, Scenario scenario, String author, int basedOnVersion) {
        String checked = name(name);
        validate(scenario);
        get(id);
        return saved(repository.update(id, checked, ScenarioCodec.toJson(scenario), author, basedOnVersion));
    }

    public SavedScenario rename(String id, String name, String author, int basedOnVersion) {
        SavedScenario current = get(id);
        return save(id, name, current.scenario(), author, basedOnVersion);
    }

    public SavedScenario copy(String id, String name, String author) {
        return create(name, get(id).scenario(), author);
    }

    public void delete(String id) {
        if (!repository.delete(id)) {
            throw notFound(id);
        }
    }

    /** Newest first. */
    public List<ScenarioVersion> versions(String id) {
        get(id);
        return repository.versions(id).stream().map(v -> new ScenarioVersion(v.scenarioId(), v.version(), v.name(),
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

    /** What the landing page shows before anyone changes anything. */
    public Scenario defaultScenario() {
        return new Scenario(WorkloadPreset.CHAT.workload(null), "llama-3.3-70b", List.of(
                Candidate.of("nvidia-h100-sxm", CostChoice.DEFAULT), Candidate.of("nvidia-b200", CostChoice.DEFAULT),
                Candidate.of("amd-mi300x", CostChoice.DEFAULT)), Transport.HTTP, Scenario.Precisions.NATIVE);
    }

    private static SavedScenario saved(ScenarioRow r) {
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
        StringBuilder id = new StringBuilder("sc-");
        for (int i = 0; i < ID_LENGTH; i++) {
            id.append(ID_ALPHABET.charAt(random.nextInt(ID_ALPHABET.length())));
        }
        return id.toString();
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("no scenario with id '" + id + "'");
    }
}
