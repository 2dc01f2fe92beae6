package com.inferplan.backend.pricing;

import com.fasterxml.jackson.databind.JsonNode;
import com.inferplan.backend.support.InvalidInputException;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a JSON request body field by field, so a wrong type or a misspelt field ("utilisation")
 * is reported on the field it concerns instead of as an unreadable body.
 */
final class RequestFields {

    private final JsonNode body;

    RequestFields(JsonNode body, Set<String> known) {
        if (body == null || !body.isObject()) {
            throw new InvalidInputException("body", body, "must be a JSON object");
        }
        body.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                throw new InvalidInputException(name, body.get(name), "is not a field of this request; fields: "
                        + String.join(", ", new TreeSet<>(known)));
            }
        });
        this.body = body;
    }

    /** The field's JSON, or null when it is absent or null. */
    JsonNode node(String name) {
        JsonNode value = body.get(name);
        return value == null || value.isNull() ? null : value;
    }

    Double number(String name) {
        JsonNode value = node(name);
        if (value == null) {
            return null;
        }
        if (!value.isNumber()) {
            throw new InvalidInputException(name, value.asText(), "must be a number");
        }
        return value.asDouble();
    }

    Integer integer(String name) {
        JsonNode value = node(name);
        if (value == null) {
            return null;
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber()) {
            throw new InvalidInputException(name, value.asText(), "must be a whole number");
        }
        return value.asInt();
    }

    Long wholeLong(String name) {
        JsonNode value = node(name);
        if (value == null) {
            return null;
        }
        if (!value.canConvertToLong() || !value.isIntegralNumber()) {
            throw new InvalidInputException(name, value.asText(), "must be a whole number");
        }
        return value.asLong();
    }

    String text(String name) {
        JsonNode value = node(name);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            throw new InvalidInputException(name, value.toString(), "must be a string");
        }
        return value.asText();
    }
}
