package com.inferplan.backend.audit;

/** What an audit entry is about: the record, its version after the change, its state before and after. */
public record AuditedChange(String entity, String id, Integer version, Object before, Object after, String detail) {

    public static AuditedChange created(String entity, String id, Integer version, Object after) {
        return new AuditedChange(entity, id, version, null, after, null);
    }

    public static AuditedChange updated(String entity, String id, Integer version, Object before, Object after) {
        return new AuditedChange(entity, id, version, before, after, null);
    }

    public static AuditedChange deleted(String entity, String id, Integer version, Object before) {
        return new AuditedChange(entity, id, version, before, null, null);
    }

    public static AuditedChange note(String entity, String id, String detail) {
        return new AuditedChange(entity, id, null, null, null, detail);
    }
}
