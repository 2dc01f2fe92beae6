package com.inferplan.db.support;

import java.util.List;
import java.util.Optional;

/** What a service needs of a kind of versioned document's storage (scenarios, portfolios). */
public interface DocumentRepository {

    List<DocumentRow> findAll();

    Optional<DocumentRow> find(String id);

    DocumentRow insert(String id, String name, String stateJson, String author);

    /** @throws StaleVersionException if someone saved after {@code expectedVersion} */
    DocumentRow update(String id, String name, String stateJson, String author, int expectedVersion);

    /** @throws StaleVersionException if someone saved after {@code expectedVersion}; false when there is no such id */
    boolean delete(String id, int expectedVersion);

    /** Newest first. */
    List<DocumentVersionRow> versions(String id);
}
