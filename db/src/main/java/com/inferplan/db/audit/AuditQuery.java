package com.inferplan.db.audit;

/** Filters of the audit list; a null or blank field matches everything. {@code limit} bounds the rows. */
public record AuditQuery(String actor, String entity, String action, String text, int limit) {

    public static AuditQuery newest(int limit) {
        return new AuditQuery(null, null, null, null, limit);
    }
}
