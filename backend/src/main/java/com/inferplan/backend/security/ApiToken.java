package com.inferplan.backend.security;

import java.time.LocalDateTime;

/** A personal API token as listed: never its secret, which is shown once, when it is created. */
public record ApiToken(String id, String name, LocalDateTime createdAt, LocalDateTime lastUsedAt,
                       LocalDateTime revokedAt) {

    /** A token just created, with the secret to copy now. */
    public record Created(ApiToken token, String secret) {
    }
}
