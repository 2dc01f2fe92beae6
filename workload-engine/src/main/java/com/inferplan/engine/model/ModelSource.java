package com.inferplan.engine.model;

/** Provenance of a built-in model: where its config and its official parameter figures come from. */
public record ModelSource(String displayName, String huggingFaceId, Citation config, OfficialParameters parameters) {
}
