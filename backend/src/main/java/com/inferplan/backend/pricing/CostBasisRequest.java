package com.inferplan.backend.pricing;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Body of {@code POST} and {@code PUT /api/v1/cost-bases}: a name, optionally the hardware id, the
 * basis document with optional uncertainty and statuses, and for {@code PUT} the version that was read.
 */
public record CostBasisRequest(String name, String hardwareId, JsonNode basis, JsonNode uncertainty,
                               JsonNode provenance, Integer version) {

    BasisEntry entry() {
        return new BasisEntry(name, hardwareId, CostBasisFormat.fromTree(basis, uncertainty, provenance));
    }
}
