package com.inferplan.catalog;

import java.util.List;
import java.util.stream.Collectors;

/** Catalog data or a user entry broke one or more rules; the message lists every error. */
public class CatalogValidationException extends RuntimeException {
    private final List<CatalogError> errors;

    public CatalogValidationException(List<CatalogError> errors) {
        super(errors.size() + " catalog error(s):\n" + errors.stream()
                .map(e -> "  " + e).collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    public List<CatalogError> errors() {
        return errors;
    }
}
