package com.inferplan.backend.model;

import com.inferplan.backend.audit.AuditService;
import com.inferplan.backend.audit.AuditedChange;
import com.inferplan.backend.security.CurrentUser;
import com.inferplan.backend.security.Role;
import com.inferplan.backend.support.FieldProblem;
import com.inferplan.backend.support.InvalidInputException;
import com.inferplan.backend.support.NotFoundException;
import com.inferplan.catalog.Precision;
import com.inferplan.db.model.CustomModelRepository;
import com.inferplan.db.model.CustomModelRow;
import com.inferplan.engine.model.ContextLengthException;
import com.inferplan.engine.model.ModelArchitecture;
import com.inferplan.engine.model.ModelCatalog;
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

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]{1,62}");

    private final ModelCatalog builtIn;
    private final CustomModelRepository repository;
    private final AuditService audit;

    public ModelService(CustomModelRepository repository, AuditService audit) {
        this.builtIn = ModelCatalog.builtIn();
        this.repository = repository;
        this.audit = audit;
    }

    public List<ModelArchitecture> list() {
        List<ModelArchitecture> all = new ArrayList<>(builtIn.all());
        repository.findAll().forEach(row -> all.add(parse(row)));
        return all;
    }

    /** By short id or Hugging Face repo id, case-insensitively; imported models by their id. */
    public Optional<ModelArchitecture> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        return builtIn.find(id).or(() -> repository.find(id.trim().toLowerCase(Locale.ROOT)).map(ModelService::parse));
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

    public boolean isBuiltIn(String id) {
        return builtIn.find(id).isPresent();
    }

    @PreAuthorize(Role.ANALYST_RULE)
    @Transactional
    public ModelArchitecture importConfig(String id, String displayName, String configJson) {
        List<FieldProblem> problems = new ArrayList<>();
        if (id == null || !ID.matcher(id).matches()) {
            problems.add(new FieldProblem("id", id, "use 2-63 lower-case letters, digits, dots and hyphens"));
        } else if (find(id).isPresent()) {
            problems.add(new FieldProblem("id", id, "is already used by another model"));
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
            model = HuggingFaceConfigImporter.importConfig(configJson, id, name);
        } catch (ModelConfigException e) {
            throw new InvalidInputException(e.errors().stream()
                    .map(err -> new FieldProblem("config." + err.field(), err.value(), err.message())).toList());
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

    private static ModelArchitecture parse(CustomModelRow row) {
        return HuggingFaceConfigImporter.importConfig(row.configJson(), row.id(), row.displayName());
    }

    /** A profile point: phase, batch B, context C (tokens already cached), prompt P, precisions (null = native). */
    public record ProfileQuery(Phase phase, int batch, int context, int promptTokens, Precision weights, Precision kv) {
    }
}
