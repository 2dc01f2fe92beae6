package com.inferplan.backend.portfolio;

import java.time.LocalDateTime;

/** A portfolio as saved: its current version, who made and last changed it, and its state. */
public record SavedPortfolio(String id, String name, int version, String createdBy, LocalDateTime createdAt,
                             String updatedBy, LocalDateTime updatedAt, Portfolio portfolio) {
}
