package com.inferplan.db.model;

import java.time.LocalDateTime;

/** A model imported from a Hugging Face config.json, kept as given. */
public record CustomModelRow(String id, String displayName, String family, String configJson, String sourceNote,
                             String createdBy, LocalDateTime createdAt) {
}
