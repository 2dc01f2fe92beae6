package com.inferplan.backend.scenario;

import java.time.LocalDateTime;

/** A saved scenario in a list: enough to choose one. */
public record ScenarioSummary(String id, String name, int version, String updatedBy, LocalDateTime updatedAt) {
}
