package com.inferplan.engine.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.inferplan.engine.model.config.HuggingFaceConfigImporter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in models: {@code models/<id>.json} resources holding the Hugging Face config fields
 * plus a {@code _source} block with provenance and the official parameter figures, listed in
 * {@code models/index.json}.
 */
public final class ModelCatalog {

    private static final String INDEX = "models/index.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, ModelArchitecture> models;
    private final Map<String, ModelSource> sources;

    private ModelCatalog(Map<String, ModelArchitecture> models, Map<String, ModelSource> sources) {
        this.models = models;
        this.sources = sources;
    }

    /** The catalog shipped with InferPlan, loaded once. */
    public static ModelCatalog builtIn() {
        return BuiltIn.CATALOG;
    }

    public List<ModelArchitecture> all() {
        return List.copyOf(models.values());
    }

    public Optional<ModelArchitecture> find(String id) {
        return Optional.ofNullable(models.get(id));
    }

    public ModelArchitecture require(String id) {
        ModelArchitecture model = models.get(id);
        if (model == null) {
            throw new UnknownModelException(id, models.keySet());
        }
        return model;
    }

    public ModelSource source(String id) {
        require(id);
        return sources.get(id);
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

    private static ModelCatalog load() {
        Map<String, ModelArchitecture> models = new LinkedHashMap<>();
        Map<String, ModelSource> sources = new LinkedHashMap<>();
        for (JsonNode id : read(INDEX)) {
            String modelId = id.asText();
            JsonNode file = read("models/" + modelId + ".json");
            ModelSource source = source(file.path("_source"));
            models.put(modelId, HuggingFaceConfigImporter.importConfig(file, modelId, source.displayName()));
            sources.put(modelId, source);
        }
        return new ModelCatalog(models, sources);
    }

    private static ModelSource source(JsonNode node) {
        JsonNode parameters = node.path("parameters");
        OfficialParameters official = new OfficialParameters(
                parameters.path("totalBillions").asDouble(),
                parameters.path("activeBillions").asDouble(),
                parameters.path("activeCountsInputEmbedding").asBoolean(),
                citation(parameters.path("source")));
        return new ModelSource(node.path("displayName").asText(), node.path("huggingFaceId").asText(),
                citation(node.path("config")), official);
    }

    private static Citation citation(JsonNode node) {
        return new Citation(node.path("title").asText(), node.path("url").asText(), node.path("date").asText(),
                node.path("retrieved").asText(), node.path("status").asText(), node.path("readFrom").asText(""),
                node.path("note").asText(""));
    }

    private static JsonNode read(String resource) {
        try (InputStream in = ModelCatalog.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("built-in model resource missing: " + resource);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read built-in model resource " + resource, e);
        }
    }

    private static final class BuiltIn {
        private static final ModelCatalog CATALOG = load();
    }
}
