package com.inferplan.backend.scenario;

import java.util.List;

/**
 * One candidate's answer. When {@code fits} is false every figure is null and {@code reason} says
 * precisely why (which memory tier overflows, by how much); a missing price leaves {@code cost} null
 * with {@code costReason}, the speed figures still stand.
 *
 * @param operatingPoint where the candidate runs at the peak on the Pareto chart; null when it does not fit
 */
public record CandidateResult(int index, String hardware, String hardwareName, String model,
                              CostChoice.Kind costKind, String costChoice,
                              boolean fits, String reason, DeploymentFigures deployment, LatencyFigures latency,
                              CostFigures cost, String costReason, List<TaskTime> tasks, OperatingPoint operatingPoint,
                              List<String> notes) {

    public CandidateResult {
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    static CandidateResult notFitting(int index, String hardware, String hardwareName, String model,
                                      CostChoice.Kind costKind, String cost, String reason) {
        return new CandidateResult(index, hardware, hardwareName, model, costKind, cost, false, reason, null, null,
                null, null, List.of(), null, List.of());
    }

    /** "CS-3" or, where candidates serve different models, "CS-3 · qwen3-coder-30b-a3b". */
    public String label(boolean withModel) {
        return withModel ? hardwareName + " · " + model : hardwareName;
    }

    public boolean meetsSlo() {
        return fits && latency.slo().met();
    }

    /** Blended USD per million tokens, the headline's ranking; null without a price. */
    public Double usdPerMillionTokens() {
        return cost == null ? null : cost.usdPerMillionBlendedTokens().value();
    }

    /** Tokens/s per user against tokens/s per chip at the peak. */
    public record OperatingPoint(double tokensPerSecondPerUser, double tokensPerSecondPerChip) {
    }
}
