package com.inferplan.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** An immutable, validated set of accelerators: the built-in data files plus any user entries. */
public final class HardwareCatalog {
    static final String BUILT_IN_ROOT = "catalog/";

    private static volatile HardwareCatalog builtIn;

    private final String version;
    private final Map<String, Accelerator> byId;

    HardwareCatalog(String version, List<Accelerator> accelerators) {
        this.version = version;
        Map<String, Accelerator> map = new LinkedHashMap<>();
        accelerators.forEach(a -> map.put(a.id(), a));
        this.byId = map;
    }

    /**
     * The catalog shipped on the classpath, loaded and validated on first use. Invalid data throws
     * {@link CatalogValidationException} listing every error (on every call, not just the first).
     */
    public static HardwareCatalog builtIn() {
        HardwareCatalog loaded = builtIn;
        if (loaded == null) {
            synchronized (HardwareCatalog.class) {
                if (builtIn == null) {
                    builtIn = CatalogLoader.load(BUILT_IN_ROOT);
                }
                loaded = builtIn;
            }
        }
        return loaded;
    }

    public List<Accelerator> all() {
        return List.copyOf(byId.values());
    }

    public Optional<Accelerator> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Accelerator require(String id) {
        Accelerator a = byId.get(id);
        if (a == null) {
            throw new UnknownAcceleratorException(id, List.copyOf(byId.keySet()));
        }
        return a;
    }

    /** Version of the built-in data files ({@code catalogVersion} in {@code catalog/index.json}). */
    public String version() {
        return version;
    }

    /**
     * This catalog plus user-defined chips. Each is validated as a user entry; an id that is
     * already taken is an error.
     */
    public HardwareCatalog withUserEntries(List<Accelerator> userEntries) {
        List<CatalogError> errors = new ArrayList<>();
        Set<String> taken = new HashSet<>(byId.keySet());
        for (Accelerator entry : userEntries) {
            errors.addAll(CatalogValidator.validateUserEntry(entry));
            if (!taken.add(entry.id())) {
                errors.add(new CatalogError(CatalogValidator.USER_ENTRY, entry.id(), "id",
                        "id '" + entry.id() + "' is already in the catalog"));
            }
        }
        if (!errors.isEmpty()) {
            throw new CatalogValidationException(errors);
        }
        List<Accelerator> merged = new ArrayList<>(byId.values());
        merged.addAll(userEntries);
        return new HardwareCatalog(version, merged);
    }
}
