package com.inferplan.db.portfolio;

import static com.inferplan.db.jooq.Tables.PORTFOLIO;
import static com.inferplan.db.jooq.Tables.PORTFOLIO_VERSION;

import com.inferplan.db.support.DocumentRepository;
import com.inferplan.db.support.DocumentRow;
import com.inferplan.db.support.DocumentVersionRow;
import com.inferplan.db.support.VersionedDocuments;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Portfolios and their history. Every save appends a version; saves check the version read. */
@Repository
public class PortfolioRepository implements DocumentRepository {

    private final VersionedDocuments documents;

    public PortfolioRepository(DSLContext dsl) {
        this.documents = new VersionedDocuments(dsl, "portfolio", PORTFOLIO, PORTFOLIO_VERSION, "portfolio_id");
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
