package com.inferplan.backend.portfolio;

import com.inferplan.backend.support.InvalidInputException;
import com.inferplan.backend.support.QueryValues;
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
 * Portfolios over REST: saved ones with their history, optimised answers for saved and unsaved ones, the
 * built-in example. Updates and deletes name the version they were based on and get 409 if someone saved
 * in between; the author of a save is the signed-in user.
 */
@RestController
@RequestMapping(path = "/api/v1/portfolios", produces = MediaType.APPLICATION_JSON_VALUE)
public class PortfolioController {

    private final PortfolioService service;

    public PortfolioController(PortfolioService service) {
        this.service = service;
    }

    @GetMapping
    public List<PortfolioSummary> list() {
        return service.list();
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<SavedPortfolio> create(@RequestBody PortfolioDocument body) {
        SavedPortfolio saved = service.create(body.name(), body.portfolio());
        return ResponseEntity.created(URI.create("/api/v1/portfolios/" + saved.id())).body(saved);
    }

    @GetMapping("/{id}")
    public SavedPortfolio get(@PathVariable String id) {
        return service.get(id);
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    public SavedPortfolio update(@PathVariable String id, @RequestBody PortfolioDocument body) {
        if (body.version() == null) {
            throw new InvalidInputException("version", null, "give the version you loaded, so a concurrent edit is"
                    + " detected instead of overwritten");
        }
        return service.save(id, body.name(), body.portfolio(), body.version());
    }

    @DeleteMapping("/{id}")
    public ResponseEntity<Void> delete(@PathVariable String id, @RequestParam(required = false) String version) {
        service.delete(id, QueryValues.integer("version", version));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/versions")
    public List<PortfolioVersion> versions(@PathVariable String id) {
        return service.versions(id);
    }

    /** The optimised answer for the saved portfolio's current version. */
    @GetMapping("/{id}/answer")
    public PortfolioAnswer answer(@PathVariable String id) {
        return service.answerWithinLimits(service.get(id).portfolio());
    }

    /** The optimised answer for a portfolio that is not saved (the view's live state, a shared link's contents). */
    @PostMapping(path = "/optimize", consumes = MediaType.APPLICATION_JSON_VALUE)
    public PortfolioAnswer optimize(@RequestBody Portfolio portfolio) {
        return service.answerWithinLimits(portfolio);
    }

    /** The published Codex-Spark case as a portfolio spec, ready to post to /optimize or to save. */
    @GetMapping("/examples/{id}")
    public Portfolio example(@PathVariable String id) {
        return service.example(id);
    }
}
