package com.inferplan.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Loads a catalog from the classpath: {@code index.json} names the version and the entry files
 * (a jar cannot be listed, so the index is explicit). An entry file holds {@code sources}, a map
 * from key to {title, url, date}, and {@code accelerator}, whose figures cite sources by key.
 * Every problem in every file is collected before one exception is thrown.
 */
final class CatalogLoader {
    private final String root;
    private final List<CatalogError> errors = new ArrayList<>();

    private CatalogLoader(String root) {
        this.root = root;
    }

    static HardwareCatalog load(String root) {
        return new CatalogLoader(root).run();
    }

    private HardwareCatalog run() {
        JsonNode index = readTree("index.json");
        String version = index == null ? "" : index.path("catalogVersion").asText("");
        if (index != null && version.isBlank()) {
            errors.add(new CatalogError("index.json", "(index)", "catalogVersion", "is missing"));
        }
        List<LocatedAccelerator> entries = new ArrayList<>();
        if (index != null) {
            for (JsonNode file : index.path("files")) {
                readEntry(file.asText()).ifPresent(entries::add);
            }
        }
        errors.addAll(CatalogValidator.validateAll(entries));
        if (!errors.isEmpty()) {
            throw new CatalogValidationException(errors);
        }
        return new HardwareCatalog(version, entries.stream().map(LocatedAccelerator::accelerator).toList());
    }

    private Optional<LocatedAccelerator> readEntry(String file) {
        JsonNode doc = readTree(file);
        if (doc == null) {
            return Optional.empty();
        }
        JsonNode accelerator = doc.path("accelerator");
        String id = accelerator.path("id").asText("(no id)");
        resolveSources(file, id, doc.path("sources"), accelerator);
        try {
            Accelerator a = CatalogJson.fromTree(accelerator);
            if (!file.endsWith("/" + a.id() + ".json")) {
                errors.add(new CatalogError(file, a.id(), "id", "file name must be " + a.id() + ".json"));
            }
            return Optional.of(new LocatedAccelerator(file, a));
        } catch (JsonProcessingException e) {
            CatalogError parse = CatalogJson.error(file, e);
            errors.add(new CatalogError(file, id, parse.field(), parse.message()));
            return Optional.empty();
        }
    }

    /** Replaces each {@code "source": "key"} with the keyed object; unknown and unused keys are errors. */
    private void resolveSources(String file, String id, JsonNode sources, JsonNode accelerator) {
        Set<String> used = new HashSet<>();
        replaceKeys(file, id, sources, accelerator, "", used);
        Iterator<String> names = sources.fieldNames();
        while (names.hasNext()) {
            String key = names.next();
            if (!used.contains(key)) {
                errors.add(new CatalogError(file, id, "sources." + key, "source is defined but never cited"));
            }
        }
    }

    private void replaceKeys(String file, String id, JsonNode sources, JsonNode node, String path, Set<String> used) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                replaceKeys(file, id, sources, node.get(i), path + "[" + i + "]", used);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        ObjectNode object = (ObjectNode) node;
        for (Map.Entry<String, JsonNode> field : iterable(object.fields())) {
            String fieldPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
            if (field.getKey().equals("source") && field.getValue().isTextual()) {
                String key = field.getValue().asText();
                if (sources.has(key)) {
                    used.add(key);
                    field.setValue(sources.get(key));
                } else {
                    errors.add(new CatalogError(file, id, fieldPath, "cites unknown source key '" + key + "'"));
                    field.setValue(NullNode.getInstance());
                }
            } else {
                replaceKeys(file, id, sources, field.getValue(), fieldPath, used);
            }
        }
    }

    private JsonNode readTree(String file) {
        try (InputStream in = CatalogLoader.class.getClassLoader().getResourceAsStream(root + file)) {
            if (in == null) {
                errors.add(new CatalogError(file, "(file)", "(file)", "not found on the classpath under " + root));
                return null;
            }
            return CatalogJson.mapper().readTree(in);
        } catch (IOException e) {
            errors.add(new CatalogError(file, "(file)", "(document)", "unreadable JSON: " + e.getMessage()));
            return null;
        }
    }

    private static <T> Iterable<T> iterable(Iterator<T> iterator) {
        return () -> iterator;
    }
}
