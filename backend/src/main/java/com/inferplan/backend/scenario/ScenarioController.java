package com.inferplan.backend.scenario;

import com.inferplan.backend.support.QueryValues;
import com.inferplan.backend.support.InvalidInputException;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Scenarios over REST: saved ones with their history, answers for saved and unsaved ones. An update
 * names the version it was based on and gets 409 if someone saved in between; so does a delete
 * ({@code ?version=}). The author of a save is the signed-in user.
 */
@RestController
@RequestMapping(path = "/api/v1/scenarios", produces = MediaType.APPLICATION_JSON_VALUE)
public class ScenarioController {

    private final ScenarioService service;

    public ScenarioController(ScenarioService service) {
        this.service = service;
    }

    @GetMapping
    public List<ScenarioSummary> list() {
        return service.list();
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<SavedScenario> create(@RequestBody ScenarioDocument body) {
        SavedScenario saved = service.create(body.name(), body.scenario());
        return ResponseEntity.created(URI.create("/api/v1/scenarios/" + saved.id())).body(saved);
    }

    @GetMapping("/{id}")
    public SavedScenario get(@PathVariable String id) {
        return service.get(id);
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    public SavedScenario update(@PathVariable String id, @RequestBody ScenarioDocument body) {
        if (body.version() == null) {
            throw new InvalidInputException("version", null, "give the version you loaded, so a concurrent edit is"
                    + " detected instead of overwritten");
        }
        return service.save(id, body.name(), body.scenario(), body.version());
    }

    @DeleteMapping("/{id}")
    public ResponseEntity<Void> delete(@PathVariable String id, @RequestParam(required = false) String version) {
        service.delete(id, QueryValues.integer("version", version));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/versions")
    public List<ScenarioVersion> versions(@PathVariable String id) {
        return service.versions(id);
    }

    /** The answer for the current version, or for {@code version} of the history. */
    @GetMapping("/{id}/results")
    public ScenarioResults results(@PathVariable String id, @RequestParam(required = false) Integer version) {
        Scenario scenario = version == null ? service.get(id).scenario() : service.version(id, version).scenario();
        return service.resultsWithinLimits(scenario);
    }

    /** The answer for a scenario that is not saved (the explorer's live state, a shared link's contents). */
    @PostMapping(path = "/results", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ScenarioResults results(@RequestBody Scenario scenario) {
        return service.resultsWithinLimits(scenario);
    }

    /** The published Codex-Spark case as a scenario, ready to post to /results or to save. */
    @GetMapping("/examples/" + PublishedExample.ID)
    public Scenario example() {
        return PublishedExample.scenario();
    }

    /**
     * The example answered: results, each published claim with whether the modelled figure is an input
     * from the publication or computed by the engine, and the options at TPOT p90 10, 20 and 40 ms.
     */
    @GetMapping("/examples/" + PublishedExample.ID + "/answer")
    public PublishedExampleAnswer exampleAnswer() {
        return service.publishedExample();
    }
}
