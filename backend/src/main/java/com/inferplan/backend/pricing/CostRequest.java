package com.inferplan.backend.pricing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/**
 * Body of {@code POST /api/v1/costs}: one of {@code basis} (a basis document), {@code basisRef}
 * (saved:ID, default:HARDWARE_ID, deal:TEMPLATE_ID) or {@code usdPerChipHour} (on-demand), plus
 * serving inputs, a workload mix (a ratio or tokens per request) and optional distributions.
 */
public record CostRequest(JsonNode basis, String basisRef, Double usdPerChipHour, JsonNode uncertainty,
                          Double tokensPerSecond, Double inputTokensPerSecond, Double utilization,
                          Double inputOutputRatio, Double inputTokensPerRequest, Double outputTokensPerRequest,
                          Double cachedInputFraction, Integer draws, Long seed) {

    private static final Set<String> FIELDS = Set.of("basis", "basisRef", "usdPerChipHour", "uncertainty",
            "tokensPerSecond", "inputTokensPerSecond", "utilization", "inputOutputRatio", "inputTokensPerRequest",
            "outputTokensPerRequest", "cachedInputFraction", "draws", "seed");

    static CostRequest from(JsonNode body) {
        RequestFields f = new RequestFields(body, FIELDS);
        return new CostRequest(f.node("basis"), f.text("basisRef"), f.number("usdPerChipHour"), f.node("uncertainty"),
                f.number("tokensPerSecond"), f.number("inputTokensPerSecond"), f.number("utilization"),
                f.number("inputOutputRatio"), f.number("inputTokensPerRequest"), f.number("outputTokensPerRequest"),
                f.number("cachedInputFraction"), f.integer("draws"), f.wholeLong("seed"));
    }
}
