package com.inferplan.db.support;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

/**
 * Documents saved with their full history (scenarios, portfolios): a current table holding the state and
 * the version optimistic locking checks, and a history table that every save appends to. Both tables of a
 * kind have the same columns (V4, V7), so one implementation serves every kind; the tables are jOOQ's
 * generated ones and the columns are looked up on them by name.
 */
public final class VersionedDocuments {

    private final DSLContext dsl;
    private final String entity;
    private final Table<?> current;
    private final Table<?> history;
    private final Field<String> id;
    private final Field<String> name;
    private final Field<String> state;
    private final Field<LocalDateTime> updatedAt;
    private final Field<Integer> version;
    private final Field<String> historyKey;
    private final Field<Integer> historyVersion;

    /** @param historyKey the history table's column naming the document, e.g. {@code scenario_id} */
    public VersionedDocuments(DSLContext dsl, String entity, Table<?> current, Table<?> history, String historyKey) {
        this.dsl = dsl;
        this.entity = entity;
        this.current = current;
        this.history = history;
        this.id = column(current, "id", String.class);
        this.name = column(current, "name", String.class);
        this.state = column(current, "state_json", String.class);
        this.updatedAt = column(current, "updated_at", LocalDateTime.class);
        this.version = column(current, "version", Integer.class);
        this.historyKey = column(history, historyKey, String.class);
        this.historyVersion = column(history, "version", Integer.class);
    }

    public List<DocumentRow> findAll() {
        return dsl.selectFrom(current).orderBy(updatedAt.desc()).fetch(this::toRow);
    }

    public Optional<DocumentRow> find(String documentId) {
        return dsl.selectFrom(current).where(id.eq(documentId)).fetchOptional(this::toRow);
    }

    public DocumentRow insert(String documentId, String documentName, String stateJson, String author) {
        LocalDateTime now = LocalDateTime.now();
        dsl.insertInto(current).set(id, documentId).set(name, documentName).set(state, stateJson)
                .set(column(current, "created_by", String.class), author)
                .set(column(current, "created_at", LocalDateTime.class), now)
                .set(column(current, "updated_by", String.class), author).set(updatedAt, now).set(version, 1)
                .execute();
        appendVersion(documentId, 1, documentName, stateJson, author, now);
        return find(documentId).orElseThrow();
    }

    /** Saves a new state over {@code expectedVersion}; throws if someone saved in between. */
    public DocumentRow update(String documentId, String documentName, String stateJson, String author,
                              int expectedVersion) {
        LocalDateTime now = LocalDateTime.now();
        int changed = dsl.update(current).set(name, documentName).set(state, stateJson)
                .set(column(current, "updated_by", String.class), author).set(updatedAt, now)
                .set(version, expectedVersion + 1)
                .where(id.eq(documentId).and(version.eq(expectedVersion))).execute();
        if (changed == 0) {
            throw new StaleVersionException(entity, documentId, expectedVersion);
        }
        appendVersion(documentId, expectedVersion + 1, documentName, stateJson, author, now);
        return find(documentId).orElseThrow();
    }

    /**
     * Deletes the document (and its history) only if it is still at {@code expectedVersion}: the version is
     * checked by the statement itself. False when there is no such document.
     *
     * @throws StaleVersionException when someone saved a newer version
     */
    public boolean delete(String documentId, int expectedVersion) {
        int deleted = dsl.deleteFrom(current).where(id.eq(documentId).and(version.eq(expectedVersion))).execute();
        if (deleted == 0 && find(documentId).isPresent()) {
            throw new StaleVersionException(entity, documentId, expectedVersion);
        }
        return deleted > 0;
    }

    /** Newest first. */
    public List<DocumentVersionRow> versions(String documentId) {
        return dsl.selectFrom(history).where(historyKey.eq(documentId)).orderBy(historyVersion.desc())
                .fetch(r -> new DocumentVersionRow(r.get(historyKey), r.get(historyVersion),
                        r.get(column(history, "name", String.class)), r.get(column(history, "state_json", String.class)),
                        r.get(column(history, "saved_by", String.class)),
                        r.get(column(history, "saved_at", LocalDateTime.class))));
    }

    private void appendVersion(String documentId, int v, String documentName, String stateJson, String author,
                               LocalDateTime at) {
        dsl.insertInto(history).set(historyKey, documentId).set(historyVersion, v)
                .set(column(history, "name", String.class), documentName)
                .set(column(history, "state_json", String.class), stateJson)
                .set(column(history, "saved_by", String.class), author)
                .set(column(history, "saved_at", LocalDateTime.class), at).execute();
    }

    private DocumentRow toRow(Record r) {
        return new DocumentRow(r.get(id), r.get(name), r.get(state), r.get(column(current, "created_by", String.class)),
                r.get(column(current, "created_at", LocalDateTime.class)),
                r.get(column(current, "updated_by", String.class)), r.get(updatedAt), r.get(version));
    }

    private static <T> Field<T> column(Table<?> table, String column, Class<T> type) {
        Field<T> field = table.field(column, type);
        if (field == null) {
            throw new IllegalStateException(table.getName() + " has no column " + column);
        }
        return field;
    }
}
