package com.inferplan.catalog;

/** One validation problem: which file, which entry, which field, and what is wrong with it. */
public record CatalogError(String file, String entryId, String field, String message) {

    @Override
    public String toString() {
        return file + ": " + entryId + "/" + field + ": " + message;
    }
}
