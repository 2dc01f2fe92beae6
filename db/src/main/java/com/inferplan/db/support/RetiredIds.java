package com.inferplan.db.support;

import static com.inferplan.db.jooq.Tables.RETIRED_ID;

import java.time.LocalDateTime;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Ids of deleted records: a new record never takes one, so a stale link or delete cannot reach it. */
@Repository
public class RetiredIds {

    private final DSLContext dsl;

    public RetiredIds(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void retire(String id, String entity) {
        dsl.insertInto(RETIRED_ID).set(RETIRED_ID.ID, id).set(RETIRED_ID.ENTITY, entity)
                .set(RETIRED_ID.RETIRED_AT, LocalDateTime.now()).execute();
    }

    public boolean isRetired(String id, String entity) {
        return dsl.fetchExists(DSL.selectOne().from(RETIRED_ID).where(RETIRED_ID.ID.eq(id)
                .and(RETIRED_ID.ENTITY.eq(entity))));
    }
}
