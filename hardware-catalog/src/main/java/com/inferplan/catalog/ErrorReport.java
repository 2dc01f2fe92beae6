package com.inferplan.catalog;

import java.util.ArrayList;
import java.util.List;

/** Collects errors for one entry of one file, so rules only name the field and the problem. */
final class ErrorReport {
    private final String file;
    private final String entryId;
    private final List<CatalogError> errors = new ArrayList<>();

    ErrorReport(String file, String entryId) {
        this.file = file;
        this.entryId = entryId == null || entryId.isBlank() ? "(no id)" : entryId;
    }

    void add(String field, String message) {
        errors.add(new CatalogError(file, entryId, field, message));
    }

    List<CatalogError> errors() {
        return List.copyOf(errors);
    }
}
