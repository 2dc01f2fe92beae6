package com.inferplan.engine.model.config;

import java.util.List;
import java.util.stream.Collectors;

/** A config.json that cannot be imported; {@link #errors()} lists every bad field for per-field display. */
public final class ModelConfigException extends RuntimeException {

    private final String modelId;
    private final List<FieldError> errors;

    public ModelConfigException(String modelId, List<FieldError> errors) {
        super("model config '" + modelId + "' is invalid: "
                + errors.stream().map(FieldError::toString).collect(Collectors.joining("; ")));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a config exception needs at least one field error");
        }
        this.modelId = modelId;
        this.errors = List.copyOf(errors);
    }

    public String modelId() {
        return modelId;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
