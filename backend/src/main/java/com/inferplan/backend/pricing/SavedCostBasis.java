package com.inferplan.backend.pricing;

import java.time.LocalDateTime;

/** A cost basis a person saved, with who created and last changed it and the version an edit must name. */
public record SavedCostBasis(String id, String name, String hardwareId, BasisSpec spec, String createdBy,
                             LocalDateTime createdAt, String updatedBy, LocalDateTime updatedAt, int version) {

    public BasisRef ref() {
        return BasisRef.saved(id);
    }
}
