package com.inferplan.db.model;

import static com.inferplan.db.jooq.Tables.CUSTOM_MODEL;

import com.inferplan.db.jooq.tables.records.CustomModelRecord;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
public class CustomModelRepository {

    private final DSLContext dsl;

    public CustomModelRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<CustomModelRow> findAll() {
        return dsl.selectFrom(CUSTOM_MODEL).orderBy(CUSTOM_MODEL.ID).fetch(CustomModelRepository::toRow);
    }

    public Optional<CustomModelRow> find(String id) {
        return dsl.selectFrom(CUSTOM_MODEL).where(CUSTOM_MODEL.ID.eq(id)).fetchOptional(CustomModelRepository::toRow);
    }

    public CustomModelRow insert(String id, String displayName, String family, String configJson, String sourceNote,
                                 String author) {
        dsl.insertInto(CUSTOM_MODEL)
                .set(CUSTOM_MODEL.ID, id).set(CUSTOM_MODEL.DISPLAY_NAME, displayName).set(CUSTOM_MODEL.FAMILY, family)
                .set(CUSTOM_MODEL.CONFIG_JSON, configJson).set(CUSTOM_MODEL.SOURCE_NOTE, sourceNote)
                .set(CUSTOM_MODEL.CREATED_BY, author).set(CUSTOM_MODEL.CREATED_AT, LocalDateTime.now())
                .execute();
        return find(id).orElseThrow();
    }

    public boolean delete(String id) {
        return dsl.deleteFrom(CUSTOM_MODEL).where(CUSTOM_MODEL.ID.eq(id)).execute() > 0;
    }

    private static CustomModelRow toRow(CustomModelRecord r) {
        return new CustomModelRow(r.getId(), r.getDisplayName(), r.getFamily(), r.getConfigJson(), r.getSourceNote(),
                r.getCreatedBy(), r.getCreatedAt());
    }
}
