package com.inferplan.engine.evaluation;

/**
 * Speculative decoding as requested. {@code enabled} null = the serving stack's default (see
 * perf/efficiencies.json); {@code draftModelId}, {@code gamma}, {@code acceptance} override the
 * stack's defaults where not null.
 */
public record SpeculativeOptions(Boolean enabled, String draftModelId, Integer gamma, Double acceptance) {

    public static final SpeculativeOptions STACK_DEFAULT = new SpeculativeOptions(null, null, null, null);
    public static final SpeculativeOptions OFF = new SpeculativeOptions(false, null, null, null);

    public SpeculativeOptions {
        if (gamma != null && gamma < 1) {
            throw new InvalidEvaluationException("speculative.gamma", gamma, "must be at least 1");
        }
        if (acceptance != null && !(acceptance >= 0 && acceptance < 1)) {
            throw new InvalidEvaluationException("speculative.acceptance", acceptance, "must be in [0, 1)");
        }
    }
}
