package com.inferplan.db.user;

import java.time.LocalDateTime;

/** A person who signs in; {@code passwordHash} is BCrypt, {@code role} a lower-case role name. */
public record UserRow(String username, String passwordHash, String role, boolean enabled, String createdBy,
                      LocalDateTime createdAt, int version) {
}
