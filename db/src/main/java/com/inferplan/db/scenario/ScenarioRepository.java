package com.inferplan.db.scenario;

import static com.inferplan.db.jooq.Tables.SCENARIO;
import static com.inferplan.db.jooq.Tables.SCENARIO_VERSION;

import com.inferplan.db.support.DocumentRepository;
import com.inferplan.db.support.DocumentRow;
import com.inferplan.db.support.DocumentVersionRow;
import com.inferplan.db.support.VersionedDocuments;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Scenarios and their history. Every save appends a version; saves check the version read. */
@Repository
public class ScenarioRepository implements DocumentRepository {

    private final VersionedDocuments documents;

    public ScenarioRepository(DSLContext dsl) {
        this.documents = new VersionedDocuments(dsl, "scenario", SCENARIO, SCENARIO_VERSION, "scenario_id");
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

    /** Saves a new state over {@code expectedVersion}; throws if someone saved in between. */
    @Override
    @Transactional
    public DocumentRow update(String id, String name, String stateJson, String author, int expectedVersion) {
        return documents.update(id, name, stateJson, author, expectedVersion);
    }

    /** @see VersionedDocuments#delete */
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
