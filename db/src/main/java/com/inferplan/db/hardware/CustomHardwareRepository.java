package com.inferplan.db.hardware;

import static com.inferplan.db.jooq.Tables.CUSTOM_HARDWARE;

import com.inferplan.db.jooq.tables.records.CustomHardwareRecord;
import com.inferplan.db.support.StaleVersionException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
public class CustomHardwareRepository {

    private final DSLContext dsl;

    public CustomHardwareRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<CustomHardwareRow> findAll() {
        return dsl.selectFrom(CUSTOM_HARDWARE).orderBy(CUSTOM_HARDWARE.ID).fetch(CustomHardwareRepository::toRow);
    }

    public Optional<CustomHardwareRow> find(String id) {
        return dsl.selectFrom(CUSTOM_HARDWARE).where(CUSTOM_HARDWARE.ID.eq(id)).fetchOptional(CustomHardwareRepository::toRow);
    }

    @Transactional
    public CustomHardwareRow insert(CustomHardwareRow row) {
        LocalDateTime now = LocalDateTime.now();
        CustomHardwareRecord rec = dsl.newRecord(CUSTOM_HARDWARE);
        fill(rec, row);
        rec.setCreatedBy(row.updatedBy());
        rec.setCreatedAt(now);
        rec.setUpdatedAt(now);
        rec.setVersion(1);
        rec.insert();
        return toRow(rec);
    }

    /** Updates only if the stored version is still {@code row.version()}. */
    @Transactional
    public CustomHardwareRow update(CustomHardwareRow row) {
        LocalDateTime now = LocalDateTime.now();
        int changed = dsl.update(CUSTOM_HARDWARE)
                .set(CUSTOM_HARDWARE.VENDOR, row.vendor())
                .set(CUSTOM_HARDWARE.NAME, row.name())
                .set(CUSTOM_HARDWARE.KIND, row.kind())
                .set(CUSTOM_HARDWARE.OVERRIDES_ID, row.overridesId())
                .set(CUSTOM_HARDWARE.ENTRY_JSON, row.entryJson())
                .set(CUSTOM_HARDWARE.SOURCE_TITLE, row.sourceTitle())
                .set(CUSTOM_HARDWARE.SOURCE_URL, row.sourceUrl())
                .set(CUSTOM_HARDWARE.STATUS, row.status())
                .set(CUSTOM_HARDWARE.UPDATED_BY, row.updatedBy())
                .set(CUSTOM_HARDWARE.UPDATED_AT, now)
                .set(CUSTOM_HARDWARE.VERSION, row.version() + 1)
                .where(CUSTOM_HARDWARE.ID.eq(row.id()).and(CUSTOM_HARDWARE.VERSION.eq(row.version())))
                .execute();
        if (changed == 0) {
            throw new StaleVersionException("hardware", row.id(), row.version());
        }
        return find(row.id()).orElseThrow();
    }

    @Transactional
    public boolean delete(String id) {
        return dsl.deleteFrom(CUSTOM_HARDWARE).where(CUSTOM_HARDWARE.ID.eq(id)).execute() > 0;
    }

    private static void fill(CustomHardwareRecord rec, CustomHardwareRow row) {
        rec.setId(row.id());
        rec.setVendor(row.vendor());
        rec.setName(row.name());
        rec.setKind(row.kind());
        rec.setOverridesId(row.overridesId());
        rec.setEntryJson(row.entryJson());
        rec.setSourceTitle(row.sourceTitle());
        rec.setSourceUrl(row.sourceUrl());
        rec.setStatus(row.status());
        rec.setUpdatedBy(row.updatedBy());
    }

    private static CustomHardwareRow toRow(CustomHardwareRecord r) {
        return new CustomHardwareRow(r.getId(), r.getVendor(), r.getName(), r.getKind(), r.getOverridesId(),
                r.getEntryJson(), r.getSourceTitle(), r.getSourceUrl(), r.getStatus(), r.getCreatedBy(),
                r.getCreatedAt(), r.getUpdatedBy(), r.getUpdatedAt(), r.getVersion());
    }
}
