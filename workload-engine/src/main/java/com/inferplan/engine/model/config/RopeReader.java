package com.inferplan.engine.model.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.inferplan.engine.model.RopeSpec;

/**
 * Reads {@code rope_theta} and the {@code rope_scaling} variants (linear, dynamic, llama3, yarn);
 * configs written by transformers 5 (GLM-5) hold both in {@code rope_parameters} instead, Gemma 4
 * once per layer type, of which the full-attention layers' is kept (one RoPE per model, as for
 * Gemma 3's global base).
 */
final class RopeReader {

    private RopeReader() {
    }

    static RopeSpec read(ConfigFields f) {
        JsonNode parameters = globalLayers(f.node("rope_parameters"));
        boolean inParameters = !f.has("rope_theta") && parameters != null && parameters.isObject();
        double theta = inParameters
                ? f.optionalPositiveNumber(parameters, "rope_parameters.rope_theta", "rope_theta", 10_000)
                : f.optionalPositiveNumber("rope_theta", 10_000);
        JsonNode scaling = inParameters ? parameters : f.node("rope_scaling");
        if (scaling == null || scaling.isNull() || inParameters && !scaling.has("rope_type") && !scaling.has("type")) {
            return RopeSpec.unscaled(theta);
        }
        if (!scaling.isObject()) {
            f.reject("rope_scaling", scaling.toString(), "must be an object or null");
            return RopeSpec.unscaled(theta);
        }
        String type = scaling.has("rope_type") ? scaling.path("rope_type").asText() : scaling.path("type").asText("");
        if (type.isEmpty()) {
            f.reject("rope_scaling.rope_type", FieldError.MISSING, "rope_scaling needs rope_type (or type)");
            return RopeSpec.unscaled(theta);
        }
        if ("default".equals(type)) {
            return RopeSpec.unscaled(theta);
        }
        double factor = f.optionalPositiveNumber(scaling, "rope_scaling.factor", "factor", 1.0);
        JsonNode original = scaling.get("original_max_position_embeddings");
        int originalContext = original != null && original.canConvertToInt() ? original.intValue() : 0;
        return new RopeSpec(theta, type, factor, originalContext);
    }

    private static JsonNode globalLayers(JsonNode parameters) {
        JsonNode full = parameters == null ? null : parameters.get("full_attention");
        return full != null && full.isObject() ? full : parameters;
    }
}
