package com.inferplan.engine.profile.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.inferplan.engine.profile.ExecutionProfile;
import com.inferplan.engine.profile.Operator;
import com.inferplan.engine.profile.OperatorGroup;
import com.inferplan.engine.profile.ProfileRequest;
import com.inferplan.engine.profile.ProfileTotals;

/**
 * JSON view of a profile for the CLI and REST API. Operator values are per layer, as in
 * {@link Operator}; multiply by {@code layerCount} for the step. Totals are whole-step.
 */
public final class ProfileJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ProfileJson() {
    }

    public static String write(ExecutionProfile profile) {
        try {
            return JSON.writeValueAsString(toTree(profile));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a profile tree always serialises", e);
        }
    }

    public static ObjectNode toTree(ExecutionProfile profile) {
        ObjectNode root = JSON.createObjectNode();
        root.put("model", profile.modelId());
        root.set("request", request(profile.request()));
        ObjectNode parameters = root.putObject("parameters");
        parameters.put("total", profile.parameters().total());
        parameters.put("active", profile.parameters().active());
        parameters.put("activeExcludingEmbedding", profile.parameters().activeExcludingEmbedding());
        root.put("kvBytesPerToken", profile.kvBytesPerToken());
        root.put("kvBytesPerTokenPerLayer", profile.kvBytesPerTokenPerLayer());
        root.put("modelWeightBytes", profile.modelWeightBytes());
        ArrayNode operators = root.putArray("operators");
        for (OperatorGroup group : profile.groups()) {
            for (Operator op : group.operators()) {
                operators.add(operator(group.name(), op));
            }
        }
        root.set("totals", totals(profile.totals()));
        return root;
    }

    private static ObjectNode request(ProfileRequest r) {
        ObjectNode node = JSON.createObjectNode();
        node.put("phase", r.phase().name());
        node.put("batch", r.batch());
        node.put("context", r.context());
        node.put("promptTokens", r.promptTokens());
        node.put("weights", r.weights() == null ? "native" : r.weights().label());
        node.put("kv", r.kv().label());
        node.put("activations", r.activations().label());
        return node;
    }

    private static ObjectNode operator(String group, Operator op) {
        ObjectNode node = JSON.createObjectNode();
        node.put("group", group);
        node.put("name", op.name());
        node.put("kind", op.kind().name());
        node.put("layerCount", op.layerCount());
        node.put("computePrecision", op.computePrecision().label());
        node.put("flops", op.flops());
        ObjectNode bytes = node.putObject("bytes");
        bytes.put("weights", op.weightBytes());
        bytes.put("activationsRead", op.activationBytesRead());
        bytes.put("activationsWritten", op.activationBytesWritten());
        bytes.put("kvRead", op.kvBytesRead());
        bytes.put("kvWritten", op.kvBytesWritten());
        return node;
    }

    private static ObjectNode totals(ProfileTotals t) {
        ObjectNode node = JSON.createObjectNode();
        node.put("flops", t.flops());
        ObjectNode bytes = node.putObject("bytes");
        bytes.put("weights", t.weightBytes());
        bytes.put("activationsRead", t.activationBytesRead());
        bytes.put("activationsWritten", t.activationBytesWritten());
        bytes.put("kvRead", t.kvBytesRead());
        bytes.put("kvWritten", t.kvBytesWritten());
        bytes.put("total", t.bytes());
        node.put("arithmeticIntensity", t.arithmeticIntensity());
        return node;
    }
}
