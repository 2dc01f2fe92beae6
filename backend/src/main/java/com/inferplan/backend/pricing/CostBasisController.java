package com.inferplan.backend.pricing;

import com.inferplan.backend.support.QueryValues;
import com.fasterxml.jackson.databind.JsonNode;
import com.inferplan.backend.support.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Saved cost bases: list, create, read, update at the version read (409 when someone saved in
 * between), copy any basis, delete at the version read. The author is the signed-in user.
 */
@RestController
@RequestMapping(path = "/api/v1/cost-bases", produces = MediaType.APPLICATION_JSON_VALUE)
public class CostBasisController {


    private final CostBasisService service;

    public CostBasisController(CostBasisService service) {
        this.service = service;
    }

    @GetMapping
    public List<JsonNode> list() {
        return service.saved().stream().map(s -> (JsonNode) CostBasisJson.saved(s)).toList();
    }

    /** The catalog's default basis per hardware id, with sources, statuses and spreads. */
    @GetMapping("/defaults")
    public List<JsonNode> defaults() {
        return service.all().stream().filter(b -> b.ref().origin() == BasisRef.Origin.BUILT_IN_DEFAULT)
                .map(b -> (JsonNode) CostBasisJson.priced(b)).toList();
    }

    @GetMapping("/{id}")
    public JsonNode get(@PathVariable String id) {
        return CostBasisJson.saved(service.requireSaved(id));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Save a new cost basis (version 1)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = CostBasisRequest.class))))
    public ResponseEntity<JsonNode> create(@RequestBody JsonNode body) {
        return created(service.create(CostBasisRequest.from(body).entry()));
    }

    /** Copies a saved or built-in basis ({@code of} = saved:ID, default:HARDWARE_ID or deal:TEMPLATE_ID). */
    @PostMapping("/copy")
    public ResponseEntity<JsonNode> copy(@RequestParam String of) {
        return created(service.copy(of));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Save over the version read; 409 if someone saved in between",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = CostBasisRequest.class))))
    public JsonNode update(@PathVariable String id, @RequestBody JsonNode body) {
        CostBasisRequest request = CostBasisRequest.from(body);
        if (request.version() == null) {
            throw new InvalidInputException("version", null, "is required: the version you read, so that a newer"
                    + " save by someone else is not overwritten");
        }
        return CostBasisJson.saved(service.update(id, request.entry(), request.version()));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void delete(@PathVariable String id, @RequestParam String version) {
        service.delete(id, QueryValues.integer("version", version));
    }

    private static ResponseEntity<JsonNode> created(SavedCostBasis saved) {
        return ResponseEntity.created(URI.create("/api/v1/cost-bases/" + saved.id())).body(CostBasisJson.saved(saved));
    }
}
