package com.inferplan.engine.model;

import java.util.List;

/** A model id or Hugging Face repo id that resolves to no model; names the closest known ones. */
public final class UnknownModelException extends RuntimeException {

    private final String modelId;
    private final List<String> nearMatches;

    public UnknownModelException(String modelId, List<String> nearMatches, int knownCount) {
        super("unknown model '" + modelId + "'"
                + (nearMatches.isEmpty() ? "; no similar id" : "; did you mean " + String.join(", ", nearMatches) + "?")
                + " (" + knownCount + " models known, by short id or Hugging Face repo id)");
        this.modelId = modelId;
        this.nearMatches = List.copyOf(nearMatches);
    }

    public String modelId() {
        return modelId;
    }

    public List<String> nearMatches() {
        return nearMatches;
    }
}
