package com.inferplan.backend.scenario;

import java.time.LocalDateTime;

/** A saved scenario at its current version; {@code version} is what the next save must name. */
public record SavedScenario(String id, String name, int version, String createdBy, LocalDateTime createdAt,
                            String updatedBy, LocalDateTime updatedAt, Scenario scenario) {
}
