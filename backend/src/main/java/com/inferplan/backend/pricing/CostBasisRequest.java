package com.inferplan.backend.pricing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/**
 * Body of {@code POST} and {@code PUT /api/v1/cost-bases}: a name, optionally the hardware id, the
 * basis document with optional uncertainty and statuses, and for {@code PUT} the version that was read.
 */
public record CostBasisRequest(String name, String hardwareId, JsonNode basis, JsonNode uncertainty,
                               JsonNode provenance, Integer version) {

    private static final Set<String> FIELDS = Set.of("name", "hardwareId", "basis", "uncertainty", "provenance",
            "version");

    static CostBasisRequest from(JsonNode body) {
        RequestFields f = new RequestFields(body, FIELDS);
        return new CostBasisRequest(f.text("name"), f.text("hardwareId"), f.node("basis"), f.node("uncertainty"),
                f.node("provenance"), f.integer("version"));
    }

    BasisEntry entry() {
        return new BasisEntry(name, hardwareId, CostBasisFormat.fromTree(basis, uncertainty, provenance));
    }
}
