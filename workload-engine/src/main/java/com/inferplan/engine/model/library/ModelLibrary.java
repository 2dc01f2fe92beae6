package com.inferplan.engine.model.library;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the built-in model files ({@code models/<id>.json}, listed in {@code models/index.json})
 * through the {@link LibraryEntry} schema: an unknown key, a missing required number or a value of
 * the wrong type fails the load, naming the file.
 */
public final class ModelLibrary {

    private static final String INDEX = "models/index.json";
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private ModelLibrary() {
    }

    public static List<LibraryEntry> builtIn() {
        List<LibraryEntry> entries = new ArrayList<>();
        for (String id : read(INDEX, String[].class)) {
            LibraryEntry entry = read("models/" + id + ".json", LibraryEntry.class);
            if (!entry.id().equals(id)) {
                throw new IllegalStateException("models/" + id + ".json declares id '" + entry.id() + "'");
            }
            entries.add(entry);
        }
        return List.copyOf(entries);
    }

    /** One entry from JSON text, through the same strict schema (tests, tools). */
    public static LibraryEntry parse(String json) throws IOException {
        return JSON.readValue(json, LibraryEntry.class);
    }

    private static <T> T read(String resource, Class<T> type) {
        try (InputStream in = ModelLibrary.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("built-in model resource missing: " + resource);
            }
            return JSON.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("built-in model file " + resource + " does not fit the schema: "
                    + e.getMessage(), e);
        }
    }
}
