package com.inferplan.engine.model.library;

import com.inferplan.engine.model.Citation;
import com.inferplan.engine.model.ModelArchitecture;
import com.inferplan.engine.model.ModelFamily;
import com.inferplan.engine.model.ModelSource;
import com.inferplan.engine.model.OfficialParameters;
import java.util.List;
import java.util.Objects;

/**
 * One built-in model file: short id, display name, Hugging Face {@code family} ({@code model_type}),
 * repo id and repo ids of the same architecture ({@code aliases}), the architecture facts, where
 * they were read ({@code config}) and the publisher's parameter figures.
 */
public record LibraryEntry(String id, String displayName, String family, String huggingFaceId, List<String> aliases,
                           ArchitectureFacts architecture, Citation config, OfficialParameters parameters) {

    public LibraryEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(huggingFaceId, "huggingFaceId");
        Objects.requireNonNull(architecture, "architecture");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(parameters, "parameters");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    public ModelArchitecture toArchitecture() {
        ModelFamily modelFamily = ModelFamily.fromModelType(family).orElseThrow(() -> new IllegalArgumentException(
                "unknown family '" + family + "'; known: " + ModelFamily.supportedModelTypes()));
        return architecture.toArchitecture(id, displayName, modelFamily);
    }

    public ModelSource source() {
        return new ModelSource(displayName, huggingFaceId, aliases, config, parameters);
    }
}
