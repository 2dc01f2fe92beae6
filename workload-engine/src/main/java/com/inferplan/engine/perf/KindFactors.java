package com.inferplan.engine.perf;

import com.inferplan.engine.serving.validation.InvalidInputException;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;
import com.inferplan.engine.profile.OperatorKind;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * A per-operator-kind figure of {@code efficiencies.json}: {@code {"default": 0.7, "ATTENTION": 0.55}},
 * keys {@code default} or an {@link OperatorKind} name; a stack's scale may also be one number
 * ({@code uniform}).
 */
record KindFactors(Double uniform, Map<String, Double> byKey) {

    private static final String KEYS = "default, " + Arrays.stream(OperatorKind.values()).map(Enum::name)
            .collect(Collectors.joining(", "));

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static KindFactors of(JsonNode node) {
        if (node.isNumber()) {
            return new KindFactors(node.doubleValue(), Map.of());
        }
        if (!node.isObject()) {
            throw new InvalidInputException("", node, "must be an object of operator kinds (or a scale number)");
        }
        Map<String, Double> byKey = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> {
            if (!e.getKey().equals("default") && Arrays.stream(OperatorKind.values()).noneMatch(k -> k.name().equals(e.getKey()))) {
                throw new InvalidInputException(e.getKey(), e.getValue(), "unknown key (misspelt?); expected one of " + KEYS);
            }
            if (!e.getValue().isNumber()) {
                throw new InvalidInputException(e.getKey(), e.getValue(), "wrong type: must be a number");
            }
            byKey.put(e.getKey(), e.getValue().doubleValue());
        });
        return new KindFactors(null, Map.copyOf(byKey));
    }

    /** Every figure through {@code check} (a {@link DataChecks} rule), named below {@code field}. */
    void check(String field, BiConsumer<String, Number> check) {
        if (uniform != null) {
            check.accept(field, uniform);
        }
        byKey.forEach((key, value) -> check.accept(field + "." + key, value));
    }

    /** A family's own table: an object, with a {@code default} where no parent supplies one. */
    void checkTable(String field, boolean needsDefault) {
        if (uniform != null) {
            throw new InvalidInputException(field, uniform, "must be an object of operator kinds");
        }
        if (needsDefault) {
            DataChecks.required(field + ".default", byKey.get("default"));
        }
        check(field, DataChecks::shareOfPeak);
    }
}
