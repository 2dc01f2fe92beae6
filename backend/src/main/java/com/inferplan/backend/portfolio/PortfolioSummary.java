package com.inferplan.backend.portfolio;

import java.time.LocalDateTime;

/** A line of the saved-portfolio list. */
public record PortfolioSummary(String id, String name, int version, String updatedBy, LocalDateTime updatedAt) {
}
