package com.inferplan.backend.model;

import com.inferplan.backend.audit.AuditService;
import com.inferplan.backend.audit.AuditedChange;
import com.inferplan.backend.security.CurrentUser;
import com.inferplan.backend.security.Role;
import com.inferplan.backend.support.DuplicateIdException;
import com.inferplan.backend.support.FieldProblem;
import com.inferplan.backend.support.InvalidInputException;
import com.inferplan.backend.support.NotFoundException;
import com.inferplan.catalog.Precision;
import com.inferplan.db.model.CustomModelRepository;
import com.inferplan.db.model.CustomModelRow;
import com.inferplan.engine.model.ContextLengthException;
import com.inferplan.engine.model.ModelArchitecture;
import com.inferplan.engine.model.ModelCatalog;
import com.inferplan.engine.model.ParameterCount;
import com.inferplan.engine.model.NearMatches;
import com.inferplan.engine.model.config.HuggingFaceConfigImporter;
import com.inferplan.engine.model.config.ModelConfigException;
import com.inferplan.engine.profile.ExecutionProfile;
import com.inferplan.engine.profile.Phase;
import com.inferplan.engine.profile.ProfileRequest;
import com.inferplan.engine.profile.Profiler;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The models feature's only API: built-in architectures plus configs people import. An import is
 * parsed completely before anything is stored, so a malformed config saves nothing. Importing needs
 * the analyst role and is audited.
 */
@Service
public class ModelService {

    private static final Logger LOG = LoggerFactory.getLogger(ModelService.class);

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]{1,62}");

    private final ModelCatalog builtIn;
    private final CustomModelRepository repository;
    private final AuditService audit;

    public ModelService(CustomModelRepository repository, AuditService audit) {
        this.builtIn = ModelCatalog.builtIn();
        this.repository = repository;
        this.audit = audit;
    }

    /** Built-in and imported models; a stored one that no longer loads is left out (see {@link #unloadable}). */
    public List<ModelArchitecture> list() {
        List<ModelArchitecture> all = new ArrayList<>(builtIn.all());
        repository.findAll().forEach(row -> load(row).ifPresent(all::add));
        return all;
    }

    /**
     * Stored models that no longer load (a bad import from an older version, a format change), each
     * with its id and why, so that one bad record is reported instead of breaking every list.
     */
    public List<UnloadableRecord> unloadable() {
        List<UnloadableRecord> bad = new ArrayList<>();
        for (CustomModelRow row : repository.findAll()) {
            try {
                parse(row);
            } catch (RuntimeException e) {
                bad.add(new UnloadableRecord(row.id(), e.getMessage()));
            }
        }
        return bad;
    }

    private Optional<ModelArchitecture> load(CustomModelRow row) {
        try {
            return Optional.of(parse(row));
        } catch (RuntimeException e) {
            LOG.warn("stored model '{}' can no longer be loaded and is skipped: {}", row.id(), e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * By short id or Hugging Face repo id, case-insensitively; imported models by their id; then a repo
     * publishing a built-in architecture under another name (a quantised copy, an instruct variant).
     */
    public Optional<ModelArchitecture> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        return builtIn.findExact(id).or(() -> repository.find(id.trim().toLowerCase(Locale.ROOT)).flatMap(this::load))
                .or(() -> builtIn.find(id));
    }

    public ModelArchitecture require(String id) {
        return find(id).orElseThrow(() -> new NotFoundException("no model with id '" + id + "'; " + unknownReason(id)));
    }

    /** The model a request field names, or a 400 naming that field and the closest known ids. */
    public ModelArchitecture requireField(String field, String id) {
        return find(id).orElseThrow(() -> new InvalidInputException(field, id, unknownReason(id)));
    }

    /** Why an id names no model: "is not a known model; did you mean …?". */
    public String unknownReason(String id) {
        List<String> names = new ArrayList<>(builtIn.names());
        repository.findAll().forEach(row -> names.add(row.id()));
        List<String> near = NearMatches.of(id, names, 5);
        return "is not a known model (short id or Hugging Face repo id)"
                + (near.isEmpty() ? "" : "; did you mean " + String.join(", ", near) + "?");
    }

    /** The weights a request for {@code name} runs at: those stated, else a quantised repo's ({@link ModelCatalog#weightsFor}). */
    public Precision weightsFor(String name, Precision stated) {
        return builtIn.weightsFor(name, stated);
    }

    /** Whether the model {@code id} names is a built-in one (an imported model may share a variant's name). */
    public boolean isBuiltIn(String id) {
        return find(id).filter(m -> builtIn.findExact(m.id()).orElse(null) == m).isPresent();
    }

    @PreAuthorize(Role.ANALYST_RULE)
    @Transactional
    public ModelArchitecture importConfig(String id, String displayName, String configJson) {
        List<FieldProblem> problems = new ArrayList<>();
        if (id == null || !ID.matcher(id).matches()) {
            problems.add(new FieldProblem("id", id, "use 2-63 lower-case letters, digits, dots and hyphens"));
        } else if (builtIn.findExact(id).isPresent() || repository.find(id).isPresent()) {
            throw new DuplicateIdException("id", id, "is already used by another model");
        }
        if (configJson == null || configJson.isBlank()) {
            problems.add(new FieldProblem("config", "", "paste or upload a Hugging Face config.json"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String name = displayName == null || displayName.isBlank() ? id : displayName.trim();
        ModelArchitecture model;
        try {
            model = loadable(HuggingFaceConfigImporter.importConfig(configJson, id, name));
        } catch (ModelConfigException e) {
            throw new InvalidInputException(e.errors().stream()
                    .map(err -> new FieldProblem("config." + err.field(), err.value(), err.message())).toList());
        } catch (IllegalArgumentException e) {
            // Sizes that parse but cannot describe a real model (e.g. counts that overflow).
            throw new InvalidInputException("config", "config.json", "describes no loadable model: " + e.getMessage());
        }
        CustomModelRow saved = repository.insert(id, name, model.family().name(), configJson, "imported config.json",
                CurrentUser.name());
        audit.record("import", AuditedChange.created("model", id, null, saved));
        return model;
    }

    public ExecutionProfile profile(String id, ProfileQuery query) {
        ModelArchitecture model = require(id);
        try {
            ProfileRequest request = query.phase() == Phase.PREFILL
                    ? ProfileRequest.prefill(query.batch(), query.context(), query.promptTokens())
                    : ProfileRequest.decode(query.batch(), query.context());
            if (query.weights() != null) {
                request = request.withWeights(query.weights());
            }
            if (query.kv() != null) {
                request = request.withKv(query.kv());
            }
            return Profiler.profile(model, request);
        } catch (ContextLengthException e) {
            throw new InvalidInputException(e.field(), e.requestedTokens(), e);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("profile", query, e.getMessage());
        }
    }

    /** Parses a config and computes its parameter counts, the first things every list and view needs. */
    private static ModelArchitecture parse(CustomModelRow row) {
        return loadable(HuggingFaceConfigImporter.importConfig(row.configJson(), row.id(), row.displayName()));
    }

    private static ModelArchitecture loadable(ModelArchitecture model) {
        ParameterCount.of(model);
        return model;
    }

    /** A stored record that cannot be used any more, and why. */
    public record UnloadableRecord(String id, String reason) {
    }

    /** A profile point: phase, batch B, context C (tokens already cached), prompt P, precisions (null = native). */
    public record ProfileQuery(Phase phase, int batch, int context, int promptTokens, Precision weights, Precision kv) {
    }
}
