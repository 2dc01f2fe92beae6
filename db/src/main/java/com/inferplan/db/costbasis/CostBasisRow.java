package com.inferplan.db.costbasis;

import java.time.LocalDateTime;

/** A saved cost basis or partner deal; the basis itself is the pricing module's JSON. */
public record CostBasisRow(String id, String name, String kind, String hardwareId, String basisJson,
                           String createdBy, LocalDateTime createdAt, String updatedBy, LocalDateTime updatedAt,
                           int version) {
}
