package com.inferplan.db.scenario;

import java.time.LocalDateTime;

/** A saved scenario at its current version; the state is the scenario's own JSON. */
public record ScenarioRow(String id, String name, String stateJson, String createdBy, LocalDateTime createdAt,
                          String updatedBy, LocalDateTime updatedAt, int version) {
}
