package com.inferplan.engine.evaluation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.inferplan.engine.deployment.DeploymentPlan;
import com.inferplan.engine.perf.OperatorTiming;

/**
 * The JSON document the CLI and web UI show for an evaluation. A plan that does not fit carries
 * {@code fits: false} and {@code reason}, and no metric fields at all.
 */
public final class EvaluationJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EvaluationJson() {
    }

    public static ObjectNode toJson(Evaluation e) {
        ObjectNode root = JSON.createObjectNode();
        DeploymentPlan plan = e.plan();
        ObjectNode deployment = root.putObject("deployment");
        deployment.put("model", plan.model().id());
        deployment.put("hardware", plan.hardware().id());
        deployment.put("chips", plan.chips());
        deployment.put("tp", plan.parallelism().tp());
        deployment.put("pp", plan.parallelism().pp());
        deployment.put("ep", plan.parallelism().ep());
        deployment.put("dp", plan.parallelism().dp());
        deployment.put("style", plan.style().name());
        deployment.put("weightPrecision", plan.weightPrecision().label());
        deployment.put("kvPrecision", plan.kvPrecision().label());
        root.put("fits", e.fits());
        if (!e.fits()) {
            root.put("reason", e.reason());
        } else {
            root.put("ttftMs", e.ttftSeconds() * 1000);
            root.put("tpotMs", e.tpotSeconds() * 1000);
            root.put("e2eLatencyMs", e.e2eSeconds() * 1000);
            root.put("outputTokensPerSecondPerUser", e.outputTokensPerSecondPerUser());
            root.put("throughputTokensPerSecond", e.throughputTokensPerSecond());
            root.put("throughputTokensPerSecondPerChip", e.throughputTokensPerSecondPerChip());
            if (e.throughputTokensPerSecondPerKilowatt() != null) {
                root.put("throughputTokensPerSecondPerKilowatt", e.throughputTokensPerSecondPerKilowatt());
            }
            root.put("batchPerReplica", e.batchPerReplica());
            root.put("bottleneck", e.bottleneck().label());
            root.put("prefillBottleneck", e.prefillBottleneck().label());
            root.put("decodeBottleneck", e.decodeBottleneck().label());
        }
        root.set("explanation", explanation(e.explanation()));
        return root;
    }

    public static String write(Evaluation e) {
        return toJson(e).toPrettyString();
    }

    private static ObjectNode explanation(Explanation x) {
        ObjectNode node = JSON.createObjectNode();
        ArrayNode formulas = node.putArray("formulas");
        x.formulas().forEach(formulas::add);
        node.set("inputs", JSON.valueToTree(x.inputs()));
        node.set("decodeOperators", operators(x.decodeOperators()));
        node.set("prefillOperators", operators(x.prefillOperators()));
        ArrayNode notes = node.putArray("notes");
        x.notes().forEach(notes::add);
        return node;
    }

    private static ArrayNode operators(java.util.List<OperatorTiming> timings) {
        ArrayNode list = JSON.createArrayNode();
        for (OperatorTiming t : timings) {
            ObjectNode op = list.addObject();
            op.put("name", t.name());
            op.put("kind", t.kind().name());
            op.put("layers", t.layers());
            op.put("flops", t.flops());
            op.put("bytes", t.bytes());
            op.put("computeSeconds", t.computeSeconds());
            op.put("memorySeconds", t.memorySeconds());
            op.put("bound", t.bound().label());
            op.put("precision", t.requestedPrecision().label());
            op.put("computedAt", t.computedAt().label());
        }
        return list;
    }
}
