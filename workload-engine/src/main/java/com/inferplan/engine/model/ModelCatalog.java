package com.inferplan.engine.model;

import com.inferplan.catalog.Precision;
import com.inferplan.engine.model.library.LibraryEntry;
import com.inferplan.engine.model.library.ModelLibrary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The built-in models ({@link ModelLibrary}): architecture facts in InferPlan's own format, each
 * with its Hugging Face repo id, the config it was read from and the official parameter figures.
 */
public final class ModelCatalog {

    private final Map<String, ModelArchitecture> models;
    private final Map<String, ModelSource> sources;
    private final Map<String, String> idsByName;
    /** Repo basenames (organisation dropped) that name exactly one model; the fallback for other repos. */
    private final Map<String, String> idsByBasename;

    private ModelCatalog(Map<String, ModelArchitecture> models, Map<String, ModelSource> sources) {
        this.models = models;
        this.sources = sources;
        this.idsByName = names(sources);
        this.idsByBasename = basenames(idsByName);
    }

    /** The catalog shipped with InferPlan, loaded once. */
    public static ModelCatalog builtIn() {
        return BuiltIn.CATALOG;
    }

    public List<ModelArchitecture> all() {
        return List.copyOf(models.values());
    }

    /**
     * The model a name denotes: its short catalog id, its Hugging Face repo id or one of the repo
     * ids of the same architecture it lists (instruct variants), compared case-insensitively; failing
     * those, a repo that publishes the same architecture under another name (a quantised copy, an
     * instruct variant or a dated revision: {@link RepoNames}), matched by basename.
     */
    public Optional<ModelArchitecture> find(String name) {
        return findExact(name).or(() -> findVariant(name));
    }

    /** By short id, repo id or listed alias only (what an imported model's id may not repeat). */
    public Optional<ModelArchitecture> findExact(String name) {
        return Optional.ofNullable(idsByName.get(NearMatches.normalise(name))).map(models::get);
    }

    private Optional<ModelArchitecture> findVariant(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return RepoNames.reduced(name).stream().map(idsByBasename::get).filter(Objects::nonNull).findFirst()
                .or(() -> Optional.ofNullable(idsByBasename.get(RepoNames.basename(name)))).map(models::get);
    }

    /**
     * The weight precision a request for {@code name} runs at: the one it states; none stated, the format a
     * quantised repo's name states ("-FP8", NVIDIA's "-FP4"); else null, the model's native format.
     */
    public Precision weightsFor(String name, Precision stated) {
        if (stated != null || name == null) {
            return stated;
        }
        return RepoNames.impliedWeights(name).orElse(null);
    }

    public ModelArchitecture require(String name) {
        return find(name).orElseThrow(() -> unknown(name));
    }

    /** Every name the catalog resolves: short ids, then Hugging Face ids and aliases as published. */
    public List<String> names() {
        List<String> names = new ArrayList<>(models.keySet());
        sources.values().forEach(s -> names.addAll(s.huggingFaceIds()));
        return List.copyOf(names);
    }

    /** The exception for a name no model answers to, listing the closest known names. */
    public UnknownModelException unknown(String name) {
        return new UnknownModelException(name, NearMatches.of(name, names(), 5), models.size());
    }

    public ModelSource source(String name) {
        return sources.get(require(name).id());
    }

    /**
     * Active parameters per token as the model's publisher counts them, so the figure can be set
     * beside the model card: built-in models use their publisher's recorded convention (some count
     * the input embedding table, some do not); other mixture-of-experts models leave the lookup
     * out, and a dense model activates every parameter.
     */
    public long publishedActive(ModelArchitecture model) {
        ParameterCount computed = ParameterCount.of(model);
        ModelSource source = sources.get(model.id());
        if (source != null && find(model.id()).orElse(null) == model) {
            return source.parameters().comparableActive(computed);
        }
        return model.isMoe() ? computed.activeExcludingEmbedding() : computed.total();
    }

    private static Map<String, String> names(Map<String, ModelSource> sources) {
        Map<String, String> ids = new LinkedHashMap<>();
        sources.forEach((id, source) -> {
            claim(ids, id, id);
            source.huggingFaceIds().forEach(name -> claim(ids, name, id));
        });
        return Map.copyOf(ids);
    }

    private static Map<String, String> basenames(Map<String, String> idsByName) {
        Map<String, String> ids = new HashMap<>();
        Set<String> shared = new HashSet<>();
        idsByName.forEach((name, id) -> {
            for (String base : RepoNames.indexed(name)) {
                String previous = ids.putIfAbsent(base, id);
                if (previous != null && !previous.equals(id)) {
                    shared.add(base);
                }
            }
        });
        shared.forEach(ids::remove);
        return Map.copyOf(ids);
    }

    private static void claim(Map<String, String> ids, String name, String id) {
        String previous = ids.putIfAbsent(NearMatches.normalise(name), id);
        if (previous != null && !previous.equals(id)) {
            throw new IllegalStateException("built-in models " + previous + " and " + id + " both answer to '" + name + "'");
        }
    }

    private static ModelCatalog load() {
        Map<String, ModelArchitecture> models = new LinkedHashMap<>();
        Map<String, ModelSource> sources = new LinkedHashMap<>();
        for (LibraryEntry entry : ModelLibrary.builtIn()) {
            models.put(entry.id(), entry.toArchitecture());
            sources.put(entry.id(), entry.source());
        }
        return new ModelCatalog(models, sources);
    }

    private static final class BuiltIn {
        private static final ModelCatalog CATALOG = load();
    }
}
