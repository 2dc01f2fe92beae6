package com.inferplan.db.support;

import java.time.LocalDateTime;

/** A saved document (a scenario, a portfolio) at its current version; the state is the document's own JSON. */
public record DocumentRow(String id, String name, String stateJson, String createdBy, LocalDateTime createdAt,
                          String updatedBy, LocalDateTime updatedAt, int version) {
}
