package com.inferplan.backend.pricing;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Body of {@code POST /api/v1/costs}: one of {@code basis} (a basis document), {@code basisRef}
 * (saved:ID, default:HARDWARE_ID, deal:TEMPLATE_ID) or {@code usdPerChipHour} (on-demand), plus
 * serving inputs, a workload mix (a ratio or tokens per request) and optional distributions.
 */
public record CostRequest(JsonNode basis, String basisRef, Double usdPerChipHour, JsonNode uncertainty,
                          Double tokensPerSecond, Double inputTokensPerSecond, Double utilization,
                          Double inputOutputRatio, Double inputTokensPerRequest, Double outputTokensPerRequest,
                          Double cachedInputFraction, Integer draws, Long seed) {
}
