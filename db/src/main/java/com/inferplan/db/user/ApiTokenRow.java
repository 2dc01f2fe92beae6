package com.inferplan.db.user;

import java.time.LocalDateTime;

/** A personal API token as stored: only its SHA-256 is kept. */
public record ApiTokenRow(String id, String username, String name, String tokenSha256, LocalDateTime createdAt,
                          LocalDateTime lastUsedAt, LocalDateTime revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
