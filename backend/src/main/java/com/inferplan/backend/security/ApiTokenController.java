package com.inferplan.backend.security;

import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own personal API tokens: list, create (the secret is in this answer only), revoke. */
@RestController
@RequestMapping(path = "/api/v1/tokens", produces = MediaType.APPLICATION_JSON_VALUE)
public class ApiTokenController {

    public record TokenRequest(String name) {
    }

    private final ApiTokenService tokens;

    public ApiTokenController(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    @GetMapping
    public List<ApiToken> mine() {
        return tokens.mine();
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<ApiToken.Created> create(@RequestBody TokenRequest body) {
        ApiToken.Created created = tokens.create(body.name());
        return ResponseEntity.created(URI.create("/api/v1/tokens/" + created.token().id())).body(created);
    }

    @DeleteMapping("/{id}")
    public ResponseEntity<Void> revoke(@PathVariable String id) {
        tokens.revoke(id);
        return ResponseEntity.noContent().build();
    }
}
