package com.inferplan.backend.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.inferplan.engine.model.ModelCatalog;
import com.inferplan.backend.support.InvalidInputException;
import com.inferplan.catalog.Precision;
import com.inferplan.engine.profile.Phase;
import com.inferplan.engine.profile.export.ProfileJson;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/models", produces = MediaType.APPLICATION_JSON_VALUE)
public class ModelController {

    private final ModelService service;

    public ModelController(ModelService service) {
        this.service = service;
    }

    /** Every loadable model; stored ones that no longer load are named in the {@value #SKIPPED} header. */
    @GetMapping
    public ResponseEntity<List<ModelSummary>> list() {
        List<ModelSummary> models = service.list().stream().map(m -> ModelSummary.of(m, service.isBuiltIn(m.id()))).toList();
        List<ModelService.UnloadableRecord> skipped = service.unloadable();
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
        if (!skipped.isEmpty()) {
            answer.header(SKIPPED, skipped.stream().map(ModelService.UnloadableRecord::id).toArray(String[]::new));
        }
        return answer.body(models);
    }

    static final String SKIPPED = "X-InferPlan-Skipped-Records";

    /** By short id, or by a Hugging Face repo id given as {@code /{org}/{name}} (case-insensitive). */
    @GetMapping("/{id}")
    public ModelSummary get(@PathVariable String id) {
        return ModelSummary.of(service.require(id), service.isBuiltIn(id));
    }

    @GetMapping("/{org}/{name}")
    public ModelSummary getByRepoId(@PathVariable String org, @PathVariable String name) {
        return get(org + "/" + name);
    }

    /** Body: {@code {"id": "...", "displayName": "...", "config": {…config.json…}}}. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public ModelSummary create(@RequestBody ImportRequest body) {
        String config = body.config() == null ? null
                : body.config().isTextual() ? body.config().asText() : body.config().toString();
        return ModelSummary.of(service.importConfig(body.id(), body.displayName(), config), false);
    }

    /** By short id ({@code /{id}/profile}) or by Hugging Face repo id ({@code /{org}/{name}/profile}). */
    @GetMapping({"/{id}/profile", "/{org}/{name}/profile"})
    public JsonNode profile(@PathVariable Map<String, String> path,
                            @RequestParam(defaultValue = "decode") String phase,
                            @RequestParam(defaultValue = "1") int batch,
                            @RequestParam(defaultValue = "1024") int context,
                            @RequestParam(defaultValue = "1024") int prompt,
                            @RequestParam(required = false) String weights,
                            @RequestParam(required = false) String kv) {
        String id = path.containsKey("id") ? path.get("id") : path.get("org") + "/" + path.get("name");
        return profileTree(id, phase, batch, context, prompt, weights, kv);
    }

    private JsonNode profileTree(String id, String phase, int batch, int context, int prompt, String weights,
                                 String kv) {
        ModelService.ProfileQuery query = new ModelService.ProfileQuery(phase(phase), batch, context, prompt,
                precision("weights", weights), precision("kv", kv));
        ObjectNode tree = ProfileJson.toTree(service.profile(id, query));
        ((ObjectNode) tree.path("parameters")).put("active", ModelCatalog.builtIn().publishedActive(service.require(id)));
        return tree;
    }

    static Phase phase(String text) {
        try {
            return Phase.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("phase", text, "must be prefill or decode");
        }
    }

    static Precision precision(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Precision.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, text, e.getMessage());
        }
    }

    public record ImportRequest(String id, String displayName, JsonNode config) {
    }
}
