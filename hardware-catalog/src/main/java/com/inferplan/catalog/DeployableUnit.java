package com.inferplan.catalog;

/**
 * A unit the chip is bought or rented in (HGX node, NVL72 rack, TPU slice, UltraServer, one
 * CS-3). {@code source} backs the chip count; it may be null only in user-defined entries.
 */
public record DeployableUnit(String id, String name, int chips, String description, Source source) {

    /** A unit without a cited source, for user-defined entries. */
    public DeployableUnit(String id, String name, int chips, String description) {
        this(id, name, chips, description, null);
    }
}
