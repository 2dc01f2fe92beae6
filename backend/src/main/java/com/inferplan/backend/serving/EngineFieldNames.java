package com.inferplan.backend.serving;

import com.inferplan.backend.support.FieldProblem;
import com.inferplan.backend.support.InvalidInputException;
import java.util.Map;

/** Reports a value the engine rejects against the request field that carried it. */
final class EngineFieldNames {

    private static final Map<String, String> REQUEST_FIELD = Map.ofEntries(
            Map.entry("rate", "workload.ratePerSecond"), Map.entry("requests", "workload.requests"),
            Map.entry("burstiness", "workload.burstiness"), Map.entry("inputMean", "workload.inputMeanTokens"),
            Map.entry("outputMean", "workload.outputMeanTokens"), Map.entry("inputSigma", "workload.inputSigma"),
            Map.entry("outputSigma", "workload.outputSigma"),
            Map.entry("inputMean + outputMean", "workload.inputMeanTokens"),
            Map.entry("chips", "deployment.chips"), Map.entry("replicas", "deployment.replicas"),
            Map.entry("ttftMs", "slo.ttftMs"), Map.entry("tpotMs", "slo.tpotMs"),
            Map.entry("attainmentPercent", "slo.attainmentPercent"));

    private EngineFieldNames() {
    }

    static InvalidInputException translate(com.inferplan.engine.serving.validation.InvalidInputException e) {
        String field = REQUEST_FIELD.getOrDefault(e.field(), e.field());
        return new InvalidInputException(java.util.List.of(new FieldProblem(field, e.value(), e.reason())));
    }
}
