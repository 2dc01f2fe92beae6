package com.inferplan.db.audit;

import java.time.LocalDateTime;

/** One audit event: who did what to which record (at which version), with the state before and after. */
public record AuditRow(long id, LocalDateTime occurredAt, String actor, String action, String entity,
                       String entityId, Integer entityVersion, String beforeJson, String afterJson, String detail) {
}
