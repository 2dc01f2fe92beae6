package com.inferplan.db.support;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.springframework.transaction.annotation.Transactional;

/**
 * A kind of versioned document's repository: each write in its own transaction over {@link VersionedDocuments}.
 * Subclasses name the kind and its two tables.
 */
public abstract class VersionedDocumentRepository implements DocumentRepository {

    private final VersionedDocuments documents;

    protected VersionedDocumentRepository(DSLContext dsl, String entity, Table<?> current, Table<?> history,
                                          String historyKey) {
        this.documents = new VersionedDocuments(dsl, entity, current, history, historyKey);
    }

    @Override
    public List<DocumentRow> findAll() {
        return documents.findAll();
    }

    @Override
    public Optional<DocumentRow> find(String id) {
        return documents.find(id);
    }

    @Override
    @Transactional
    public DocumentRow insert(String id, String name, String stateJson, String author) {
        return documents.insert(id, name, stateJson, author);
    }

    @Override
    @Transactional
    public DocumentRow update(String id, String name, String stateJson, String author, int expectedVersion) {
        return documents.update(id, name, stateJson, author, expectedVersion);
    }

    @Override
    @Transactional
    public boolean delete(String id, int expectedVersion) {
        return documents.delete(id, expectedVersion);
    }

    @Override
    public List<DocumentVersionRow> versions(String id) {
        return documents.versions(id);
    }
}
