package com.inferplan.backend.security;

import java.time.LocalDateTime;

/** A user as the API and the views show one: never the password hash. */
public record UserAccount(String name, String role, boolean enabled, String createdBy, LocalDateTime createdAt,
                          int version) {
}
