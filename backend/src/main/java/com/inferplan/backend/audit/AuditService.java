package com.inferplan.backend.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.inferplan.backend.security.CurrentUser;
import com.inferplan.backend.security.Role;
import com.inferplan.db.audit.AuditQuery;
import com.inferplan.db.audit.AuditRepository;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The audit feature's only API. Writers call {@link #record} inside their own transaction, so a
 * write and its audit entry are committed together or not at all; reading is for admins.
 */
@Service
public class AuditService {

    /** The most entries one read returns. */
    public static final int MAX_ROWS = 5_000;
    private static final int DETAIL_LENGTH = 500;
    private static final int ACTOR_LENGTH = 64;

    private final AuditRepository repository;
    private final AuditJson json;

    public AuditService(AuditRepository repository, ObjectMapper mapper) {
        this.repository = repository;
        this.json = new AuditJson(mapper);
    }

    /** A write by the signed-in user: {@code before} is null for a create, {@code after} null for a delete. */
    public void record(String action, AuditedChange change) {
        recordAs(CurrentUser.name(), action, change);
    }

    /** An event whose actor is not (or not yet) signed in: a sign-in attempt, a start-up bootstrap. */
    public void recordAs(String actor, String action, AuditedChange change) {
        repository.append(clip(actor, ACTOR_LENGTH), action, change.entity(), change.id(), change.version(),
                json.write(change.before()), json.write(change.after()), clip(change.detail(), DETAIL_LENGTH));
    }

    /** Moves whenever any of {@code entities} changes, on any instance (a cache generation, not for display). */
    public long latestChangeId(java.util.Collection<String> entities) {
        return repository.latestChangeId(entities);
    }

    /** Newest first. */
    @PreAuthorize(Role.ADMIN_RULE)
    public List<AuditEvent> find(AuditFilter filter) {
        AuditQuery bounded = new AuditQuery(filter.actor(), filter.entity(), filter.action(), filter.text(),
                Math.max(1, Math.min(filter.limit(), MAX_ROWS)));
        return repository.find(bounded).stream().map(r -> new AuditEvent(r.id(), r.occurredAt(), r.actor(),
                r.action(), r.entity(), r.entityId(), r.entityVersion(), json.read(r.beforeJson()),
                json.read(r.afterJson()), r.detail())).toList();
    }

    private static String clip(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
