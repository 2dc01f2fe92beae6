package com.inferplan.db.hardware;

import java.time.LocalDateTime;

/** A user-defined or overriding accelerator: catalog JSON plus the provenance of the row. */
public record CustomHardwareRow(
        String id,
        String vendor,
        String name,
        String kind,
        String overridesId,
        String entryJson,
        String sourceTitle,
        String sourceUrl,
        String status,
        String createdBy,
        LocalDateTime createdAt,
        String updatedBy,
        LocalDateTime updatedAt,
        int version) {
}
