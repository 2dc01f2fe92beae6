package com.inferplan.backend.pricing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.inferplan.pricing.catalog.DealTemplate;
import java.util.TreeMap;

/** API documents for saved bases, built-in bases and deal templates; the basis itself in {@link CostBasisFormat}. */
final class CostBasisJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CostBasisJson() {
    }

    static ObjectNode saved(SavedCostBasis saved) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", saved.id());
        node.put("ref", saved.ref().toString());
        node.put("name", saved.name());
        node.put("hardwareId", saved.hardwareId());
        node.put("kind", saved.spec().basis().kind());
        node.setAll(CostBasisFormat.tree(saved.spec()));
        node.put("createdBy", saved.createdBy());
        node.put("createdAt", saved.createdAt().toString());
        node.put("updatedBy", saved.updatedBy());
        node.put("updatedAt", saved.updatedAt().toString());
        node.put("version", saved.version());
        return node;
    }

    static ObjectNode priced(PricedBasis basis) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("ref", basis.ref().toString());
        node.put("name", basis.name());
        node.put("hardwareId", basis.hardwareId());
        node.put("kind", basis.kind());
        node.setAll(CostBasisFormat.tree(basis.spec()));
        node.set("sources", MAPPER.valueToTree(basis.sources()));
        node.put("note", basis.note());
        return node;
    }

    static ObjectNode dealTemplate(DealTemplate t) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", t.id());
        node.put("ref", new BasisRef(BasisRef.Origin.DEAL_TEMPLATE, t.id()).toString());
        node.put("title", t.title());
        node.put("buyer", t.buyer());
        node.put("supplier", t.supplier());
        node.put("announced", t.announced());
        node.put("hardwareId", t.hardwareId());
        node.put("hardwareNote", t.hardwareNote());
        node.put("scope", t.scope().name());
        node.put("scopeNote", BuiltInBases.scopeNote(t.scope()));
        node.set("basis", CostBasisFormat.basisTree(t.deal()));
        node.set("parameters", MAPPER.valueToTree(new TreeMap<>(t.parameters())));
        node.set("uncertainty", CostBasisFormat.uncertaintyTree(t.uncertainty()));
        node.set("sources", MAPPER.valueToTree(t.sources()));
        node.put("notes", t.notes());
        return node;
    }
}
