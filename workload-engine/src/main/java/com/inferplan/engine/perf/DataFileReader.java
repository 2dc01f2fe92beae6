package com.inferplan.engine.perf;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.inferplan.engine.serving.validation.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Reads the engine's data files ({@code perf/*.json}) into their schema records, strictly. An
 * unknown key ({@link DataFileKeys}, before any record is built), a value of the wrong type (no
 * coercion of "0.5" or 1.5 into a number or an integer) or a duplicate key fails here; missing keys
 * and out-of-range values fail in the records' constructors through {@link DataChecks}. Every
 * failure is a {@link DataFileException} naming the file, the key's path
 * ({@code families.gpu.memoryEfficiency.default}, {@code sources[2].url}), the line, the value and why.
 */
public final class DataFileReader {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .build();

    private DataFileReader() {
    }

    public static <T> T read(byte[] json, String file, Class<T> schema) {
        try (JsonParser keys = JSON.createParser(json)) {
            keys.nextToken();
            DataFileKeys.check(keys, schema, "", file);
            return JSON.readValue(json, schema);
        } catch (JsonMappingException e) {
            throw mapping(file, e);
        } catch (JsonProcessingException e) {
            throw new DataFileException(file, "", line(e), "malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public static <T> T read(InputStream json, String file, Class<T> schema) {
        try (InputStream in = Objects.requireNonNull(json, "missing resource " + file)) {
            return read(in.readAllBytes(), file, schema);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The built-in resource {@code file} on the class path. */
    public static <T> T resource(String file, Class<T> schema) {
        return read(DataFileReader.class.getClassLoader().getResourceAsStream(file), file, schema);
    }

    private static DataFileException mapping(String file, JsonMappingException e) {
        String path = path(e);
        if (e.getCause() instanceof InvalidInputException invalid) {
            String key = invalid.field().isEmpty() ? path : path.isEmpty() ? invalid.field() : path + "." + invalid.field();
            return new DataFileException(file, key, line(e), "value " + invalid.value() + " " + invalid.reason());
        }
        return new DataFileException(file, path, line(e), "wrong type: " + e.getOriginalMessage());
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining()).replaceFirst("^\\.", "");
    }

    private static int line(JsonProcessingException e) {
        return e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    }
}
