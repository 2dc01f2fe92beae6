package com.inferplan.backend.audit;

/** What an audit read asks for; a null or blank field matches everything, {@code limit} bounds the rows. */
public record AuditFilter(String actor, String entity, String action, String text, int limit) {
}
