package com.inferplan.engine.perf;

/**
 * Draft-and-verify decoding: a draft proposes {@code gamma} tokens, the target verifies them in one
 * step and keeps each with probability {@code acceptance}. Expected tokens per target step:
 * (1 − α^(γ+1)) / (1 − α) (Leviathan et al., 2023). {@code draftCostFraction} is one draft step's
 * time relative to one target decode step on the same deployment.
 */
public record SpeculativeDecoding(int gamma, double acceptance, double draftCostFraction) {

    public SpeculativeDecoding {
        if (gamma < 1) {
            throw new InvalidPerformanceInputException("speculative.gamma", gamma, "must be at least 1 draft token");
        }
        if (!(acceptance >= 0 && acceptance < 1)) {
            throw new InvalidPerformanceInputException("speculative.acceptance", acceptance, "must be in [0, 1)");
        }
        if (!(draftCostFraction >= 0 && draftCostFraction <= 1)) {
            throw new InvalidPerformanceInputException("speculative.draftCostFraction", draftCostFraction,
                    "must be in [0, 1] of a target step");
        }
    }

    public double tokensPerTargetStep() {
        return (1 - Math.pow(acceptance, gamma + 1)) / (1 - acceptance);
    }

    public SpeculativeDecoding withGamma(int draftTokens) {
        return new SpeculativeDecoding(draftTokens, acceptance, draftCostFraction);
    }

    public SpeculativeDecoding withDraftCostFraction(double fraction) {
        return new SpeculativeDecoding(gamma, acceptance, fraction);
    }
}
