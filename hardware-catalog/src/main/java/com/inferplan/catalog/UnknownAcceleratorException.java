package com.inferplan.catalog;

import java.util.List;

/** {@link HardwareCatalog#require} was asked for an id the catalog does not hold. */
public class UnknownAcceleratorException extends RuntimeException {
    private final String id;
    private final List<String> knownIds;

    public UnknownAcceleratorException(String id, List<String> knownIds) {
        super("unknown accelerator id '" + id + "'; known ids: " + String.join(", ", knownIds));
        this.id = id;
        this.knownIds = List.copyOf(knownIds);
    }

    public String id() {
        return id;
    }

    public List<String> knownIds() {
        return knownIds;
    }
}
