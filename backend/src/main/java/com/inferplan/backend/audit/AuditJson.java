package com.inferplan.backend.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A record's state as audit JSON. Stored rows keep their documents as JSON text in {@code …Json}
 * fields; those are embedded as JSON (under the name without the suffix) so that a before/after
 * diff reads as one document, not as an escaped string.
 */
final class AuditJson {

    private static final String SUFFIX = "Json";

    private final ObjectMapper mapper;

    AuditJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    String write(Object state) {
        if (state == null) {
            return null;
        }
        JsonNode tree = mapper.valueToTree(state);
        if (tree instanceof ObjectNode object) {
            embedDocuments(object);
        }
        return tree.toString();
    }

    JsonNode read(String json) {
        if (json == null) {
            return null;
        }
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            return mapper.getNodeFactory().textNode(json);
        }
    }

    private void embedDocuments(ObjectNode object) {
        List<String> documents = new ArrayList<>();
        object.fieldNames().forEachRemaining(name -> {
            if (name.endsWith(SUFFIX) && object.get(name).isTextual()) {
                documents.add(name);
            }
        });
        for (String name : documents) {
            JsonNode text = object.remove(name);
            object.set(name.substring(0, name.length() - SUFFIX.length()), read(text.asText()));
        }
    }
}
