package com.inferplan.db.audit;

import static com.inferplan.db.jooq.Tables.AUDIT_EVENT;

import com.inferplan.db.jooq.tables.records.AuditEventRecord;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The append-only audit trail: this class only inserts and reads, so no event is ever changed or removed. */
@Repository
public class AuditRepository {

    private final DSLContext dsl;

    public AuditRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void append(String actor, String action, String entity, String entityId, Integer entityVersion,
                       String beforeJson, String afterJson, String detail) {
        dsl.insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.OCCURRED_AT, LocalDateTime.now()).set(AUDIT_EVENT.ACTOR, actor)
                .set(AUDIT_EVENT.ACTION, action).set(AUDIT_EVENT.ENTITY, entity)
                .set(AUDIT_EVENT.ENTITY_ID, entityId).set(AUDIT_EVENT.ENTITY_VERSION, entityVersion)
                .set(AUDIT_EVENT.BEFORE_JSON, beforeJson).set(AUDIT_EVENT.AFTER_JSON, afterJson)
                .set(AUDIT_EVENT.DETAIL, detail)
                .execute();
    }

    /** Newest first. */
    /**
     * The id of the newest change to any of {@code entities}, 0 when none: every write is audited in
     * its own transaction, so this moves whenever data a computation reads has changed, on any instance.
     */
    public long latestChangeId(java.util.Collection<String> entities) {
        Long id = dsl.select(DSL.max(AUDIT_EVENT.ID)).from(AUDIT_EVENT).where(AUDIT_EVENT.ENTITY.in(entities))
                .fetchOne(0, Long.class);
        return id == null ? 0 : id;
    }

    public List<AuditRow> find(AuditQuery query) {
        return dsl.selectFrom(AUDIT_EVENT).where(conditions(query))
                .orderBy(AUDIT_EVENT.ID.desc()).limit(query.limit())
                .fetch(AuditRepository::toRow);
    }

    private static List<Condition> conditions(AuditQuery q) {
        List<Condition> conditions = new ArrayList<>();
        if (present(q.actor())) {
            conditions.add(AUDIT_EVENT.ACTOR.eq(q.actor().trim()));
        }
        if (present(q.entity())) {
            conditions.add(AUDIT_EVENT.ENTITY.eq(q.entity().trim()));
        }
        if (present(q.action())) {
            conditions.add(AUDIT_EVENT.ACTION.eq(q.action().trim()));
        }
        if (present(q.text())) {
            String pattern = "%" + q.text().trim().toLowerCase() + "%";
            conditions.add(DSL.lower(AUDIT_EVENT.ENTITY_ID).like(pattern).or(DSL.lower(AUDIT_EVENT.DETAIL).like(pattern)));
        }
        return conditions;
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    private static AuditRow toRow(AuditEventRecord r) {
        return new AuditRow(r.getId(), r.getOccurredAt(), r.getActor(), r.getAction(), r.getEntity(), r.getEntityId(),
                r.getEntityVersion(), r.getBeforeJson(), r.getAfterJson(), r.getDetail());
    }
}
