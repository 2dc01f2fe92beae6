package com.inferplan.backend.support;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A JSON reading error as a field problem naming the JSON path, the value and the rule broken, in the
 * request's own words: never a Java type or class name (decision 0812).
 */
public final class JsonFieldErrors {

    private static final Pattern MISSING = Pattern.compile("Missing (?:required )?creator property '([^']+)'");

    private JsonFieldErrors() {
    }

    /** {@code root} prefixes the path ("" for a whole request body, "basis" for a nested document). */
    public static InvalidInputException of(JsonProcessingException e, String root) {
        if (e instanceof StreamConstraintsException) {
            return new InvalidInputException(root.isEmpty() ? "body" : root, null,
                    "is too large or nested too deeply to read");
        }
        if (e instanceof JsonParseException p) {
            return new InvalidInputException(root.isEmpty() ? "body" : root, null, "is not valid JSON (line "
                    + p.getLocation().getLineNr() + ", column " + p.getLocation().getColumnNr() + ")");
        }
        if (!(e instanceof JsonMappingException m)) {
            return new InvalidInputException(root.isEmpty() ? "body" : root, null, "is not valid JSON");
        }
        String path = path(m, root);
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidInputException invalid) {
                return invalid;
            }
        }
        if (e instanceof InvalidTypeIdException t) {
            return new InvalidInputException(join(root, "type"), t.getTypeId(), "is not a known type here");
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return new InvalidInputException(path, u.getPropertyName(), "is not a field here; fields: "
                    + u.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", ")));
        }
        if (e instanceof InvalidFormatException f) {
            return new InvalidInputException(path, f.getValue(), expected(f.getTargetType()));
        }
        Matcher missing = MISSING.matcher(m.getOriginalMessage());
        if (missing.find()) {
            return new InvalidInputException(path.endsWith(missing.group(1)) ? path : join(path, missing.group(1)),
                    null, "is required");
        }
        if (e instanceof ValueInstantiationException) {
            return new InvalidInputException(path.isEmpty() ? "body" : path, null, "is not a valid value here");
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return new InvalidInputException(path.isEmpty() ? "body" : path, null, expected(mismatch.getTargetType()));
        }
        return new InvalidInputException(path.isEmpty() ? "body" : path, null, "cannot be read here");
    }

    /** What a JSON value must be to become the given type, in JSON's words. */
    public static String expected(Class<?> type) {
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .collect(Collectors.joining(", "));
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "must be a whole number within range";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "must be a finite number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "must be true or false";
        }
        if (type == String.class) {
            return "must be text";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "must be a list";
        }
        return "must be an object";
    }

    private static String path(JsonMappingException e, String root) {
        StringBuilder path = new StringBuilder(root);
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }
}
