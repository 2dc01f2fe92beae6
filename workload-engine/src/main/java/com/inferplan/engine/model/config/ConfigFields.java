package com.inferplan.engine.model.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Typed access to config.json fields that records every problem instead of stopping at the first,
 * so a UI can flag all bad fields at once. Readers return 0 / the default after recording an error;
 * the importer throws once all fields are read.
 */
final class ConfigFields {

    private final JsonNode root;
    private final List<FieldError> errors = new ArrayList<>();

    ConfigFields(JsonNode root) {
        this.root = root;
    }

    boolean has(String field) {
        JsonNode node = root.get(field);
        return node != null && !node.isNull();
    }

    JsonNode node(String field) {
        return root.get(field);
    }

    int requiredPositiveInt(String field) {
        if (!has(field)) {
            reject(field, FieldError.MISSING, "required positive integer is missing");
            return 0;
        }
        return positiveInt(field, root.get(field));
    }

    int optionalPositiveInt(String field, int defaultValue) {
        return has(field) ? positiveInt(field, root.get(field)) : defaultValue;
    }

    int optionalNonNegativeInt(String field, int defaultValue) {
        if (!has(field)) {
            return defaultValue;
        }
        int value = integer(field, root.get(field));
        if (value < 0) {
            reject(field, root.get(field).toString(), "must be zero or a positive integer");
            return 0;
        }
        return value;
    }

    boolean optionalBoolean(String field, boolean defaultValue) {
        if (!has(field)) {
            return defaultValue;
        }
        JsonNode node = root.get(field);
        if (!node.isBoolean()) {
            reject(field, node.toString(), "must be true or false");
            return defaultValue;
        }
        return node.booleanValue();
    }

    double optionalPositiveNumber(String field, double defaultValue) {
        return optionalPositiveNumber(root, field, field, defaultValue);
    }

    double optionalPositiveNumber(JsonNode parent, String path, String field, double defaultValue) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return defaultValue;
        }
        if (!node.isNumber() || !(node.doubleValue() > 0) || Double.isInfinite(node.doubleValue())) {
            reject(path, node.toString(), "must be a positive number");
            return defaultValue;
        }
        return node.doubleValue();
    }

    String optionalText(String field, String defaultValue) {
        if (!has(field)) {
            return defaultValue;
        }
        JsonNode node = root.get(field);
        if (!node.isTextual()) {
            reject(field, node.toString(), "must be a string");
            return defaultValue;
        }
        return node.textValue();
    }

    void reject(String field, String value, String message) {
        errors.add(new FieldError(field, value, message));
    }

    List<FieldError> errors() {
        return List.copyOf(errors);
    }

    int positiveInt(String field, JsonNode node) {
        int value = integer(field, node);
        if (value <= 0 && isInteger(node)) {
            reject(field, node.toString(), "must be a positive integer");
        }
        return Math.max(value, 0);
    }

    private int integer(String field, JsonNode node) {
        if (!isInteger(node)) {
            reject(field, node.toString(), "must be an integer");
            return 0;
        }
        int limit = LIMITS.getOrDefault(field, MAX_SIZE);
        if (!node.canConvertToInt() || node.intValue() > limit) {
            reject(field, node.toString(), "must be at most " + limit + " (no real model is larger)");
            return 0;
        }
        return node.intValue();
    }

    /**
     * Bounds far above every published model (decision 0811) so that a typo or a hostile file is a
     * field error, not an import that builds billions of layers or overflows the counts.
     */
    private static final int MAX_SIZE = 100_000_000;
    private static final java.util.Map<String, Integer> LIMITS = java.util.Map.of(
            "num_hidden_layers", 10_000, "num_local_experts", 100_000, "n_routed_experts", 100_000,
            "num_experts", 100_000, "num_attention_heads", 100_000, "num_key_value_heads", 100_000,
            "first_k_dense_replace", 10_000, "num_nextn_predict_layers", 100);

    private static boolean isInteger(JsonNode node) {
        return node.isIntegralNumber() && node.canConvertToInt();
    }
}
