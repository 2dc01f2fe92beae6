package com.inferplan.backend.support;

import com.inferplan.backend.audit.AuditService;
import com.inferplan.backend.audit.AuditedChange;
import com.inferplan.backend.security.CurrentUser;
import com.inferplan.db.support.DocumentRepository;
import com.inferplan.db.support.DocumentRow;
import com.inferplan.db.support.DocumentVersionRow;
import com.inferplan.db.support.RetiredIds;
import java.security.SecureRandom;
import java.util.List;

/**
 * The save rules every kind of saved document shares (decision 0003, 0703): a new random id never used
 * before, names of 1–200 characters, the author from the signed-in user, a version check on every write
 * (a stale one is an {@link EditConflictException}, never an overwrite), retired ids, and an audit event
 * with before and after. Services call it inside their own transaction and role check.
 */
public final class SavedDocuments {

    private static final int MAX_NAME_LENGTH = 200;
    private static final String ID_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final int ID_LENGTH = 10;

    private final DocumentRepository repository;
    private final RetiredIds retiredIds;
    private final AuditService audit;
    private final String entity;
    private final String idPrefix;
    private final SecureRandom random = new SecureRandom();

    /** @param idPrefix e.g. "pf-" */
    public SavedDocuments(DocumentRepository repository, RetiredIds retiredIds, AuditService audit, String entity,
                          String idPrefix) {
        this.repository = repository;
        this.retiredIds = retiredIds;
        this.audit = audit;
        this.entity = entity;
        this.idPrefix = idPrefix;
    }

    public List<DocumentRow> list() {
        return repository.findAll();
    }

    public DocumentRow get(String id) {
        return repository.find(id).orElseThrow(() -> notFound(id));
    }

    public DocumentRow create(String name, String stateJson) {
        DocumentRow row = repository.insert(newId(), name(name), stateJson, CurrentUser.name());
        audit.record("create", AuditedChange.created(entity, row.id(), row.version(), row));
        return row;
    }

    public DocumentRow save(String id, String name, String stateJson, int basedOnVersion) {
        String checked = name(name);
        DocumentRow before = get(id);
        DocumentRow after = EditConflictException.translating(() -> repository.update(id, checked, stateJson,
                CurrentUser.name(), basedOnVersion));
        audit.record("update", AuditedChange.updated(entity, id, after.version(), before, after));
        return after;
    }

    public void delete(String id, int basedOnVersion) {
        DocumentRow before = get(id);
        if (!EditConflictException.translating(() -> repository.delete(id, basedOnVersion))) {
            throw notFound(id);
        }
        retiredIds.retire(id, entity);
        audit.record("delete", AuditedChange.deleted(entity, id, basedOnVersion, before));
    }

    public List<DocumentVersionRow> versions(String id) {
        get(id);
        return repository.versions(id);
    }

    private NotFoundException notFound(String id) {
        return new NotFoundException("no " + entity + " with id '" + id + "'");
    }

    private static String name(String name) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME_LENGTH) {
            throw new InvalidInputException("name", name, "give a name of 1 to " + MAX_NAME_LENGTH + " characters");
        }
        return trimmed;
    }

    private String newId() {
        while (true) {
            StringBuilder id = new StringBuilder(idPrefix);
            for (int i = 0; i < ID_LENGTH; i++) {
                id.append(ID_ALPHABET.charAt(random.nextInt(ID_ALPHABET.length())));
            }
            if (!retiredIds.isRetired(id.toString(), entity)) {
                return id.toString();
            }
        }
    }
}
