package com.inferplan.engine.perf;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every key of a data file against its schema records, in file order, before the records are
 * built: Jackson reports a record's unknown keys only after its constructor ran, so a misspelt
 * required key would otherwise read as a missing one.
 */
final class DataFileKeys {

    private DataFileKeys() {
    }

    /** @param p positioned on the first token of a value of {@code type} */
    static void check(JsonParser p, Type type, String path, String file) throws IOException {
        Class<?> raw = (Class<?>) (type instanceof ParameterizedType pt ? pt.getRawType() : type);
        JsonToken token = p.currentToken();
        if (token == JsonToken.START_OBJECT && raw.isRecord() && !delegates(raw)) {
            Map<String, Type> keys = keys(raw);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = join(path, p.currentName());
                Type child = keys.get(p.currentName());
                if (child == null) {
                    throw new DataFileException(file, key, p.currentTokenLocation().getLineNr(),
                            "unknown key (misspelt?); expected one of " + keys.keySet());
                }
                p.nextToken();
                check(p, child, key, file);
            }
        } else if (token == JsonToken.START_OBJECT && Map.class.isAssignableFrom(raw)) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = join(path, p.currentName());
                p.nextToken();
                check(p, argument(type, 1), key, file);
            }
        } else if (token == JsonToken.START_ARRAY && List.class.isAssignableFrom(raw)) {
            for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
                check(p, argument(type, 0), path + "[" + i + "]", file);
            }
        } else {
            p.skipChildren();
        }
    }

    /** A record read from one value by its own creator (e.g. {@link KindFactors}) checks its keys itself. */
    private static boolean delegates(Class<?> record) {
        return Arrays.stream(record.getDeclaredMethods()).anyMatch(m -> m.isAnnotationPresent(JsonCreator.class));
    }

    private static Map<String, Type> keys(Class<?> record) {
        Map<String, Type> keys = new TreeMap<>();
        for (RecordComponent c : record.getRecordComponents()) {
            JsonProperty name = c.getAccessor().getAnnotation(JsonProperty.class);
            keys.put(name == null || name.value().isEmpty() ? c.getName() : name.value(), c.getGenericType());
        }
        return keys;
    }

    private static Type argument(Type type, int index) {
        return type instanceof ParameterizedType pt ? pt.getActualTypeArguments()[index] : Object.class;
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
