package com.inferplan.backend.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;

/** One entry of the audit trail as the API and the audit view show it. */
public record AuditEvent(long id, LocalDateTime at, String actor, String action, String entity, String entityId,
                         Integer entityVersion, JsonNode before, JsonNode after, String detail) {
}
