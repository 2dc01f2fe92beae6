package com.inferplan.engine.model;

import java.util.Collection;

/** A model id not in the catalog; lists the known ids. */
public final class UnknownModelException extends RuntimeException {

    private final String modelId;

    public UnknownModelException(String modelId, Collection<String> knownIds) {
        super("unknown model '" + modelId + "'; known models: " + String.join(", ", knownIds));
        this.modelId = modelId;
    }

    public String modelId() {
        return modelId;
    }
}
