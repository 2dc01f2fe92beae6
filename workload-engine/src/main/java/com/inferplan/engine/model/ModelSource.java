package com.inferplan.engine.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Provenance of a built-in model: its Hugging Face repo id, other repo ids with the same
 * architecture ({@code aliases}, e.g. the instruct variant), and where its config and its official
 * parameter figures come from.
 */
public record ModelSource(String displayName, String huggingFaceId, List<String> aliases, Citation config,
                          OfficialParameters parameters) {

    public ModelSource {
        Objects.requireNonNull(huggingFaceId, "huggingFaceId");
        aliases = List.copyOf(aliases);
    }

    /** The repo id, then the aliases. */
    public List<String> huggingFaceIds() {
        List<String> ids = new ArrayList<>(aliases.size() + 1);
        ids.add(huggingFaceId);
        ids.addAll(aliases);
        return List.copyOf(ids);
    }
}
