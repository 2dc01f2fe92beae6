package com.inferplan.engine.evaluation;

import com.inferplan.engine.perf.PerformanceModel;
import com.inferplan.engine.perf.SpeculativeDecoding;
import com.inferplan.engine.perf.StepCost;
import com.inferplan.engine.perf.StepWork;

/**
 * Seconds per output token of a decode batch, with speculative decoding where it is on: a cycle
 * verifies γ + 1 tokens per sequence in one target step after γ draft steps, and yields
 * (1 − α^(γ+1)) / (1 − α) tokens on average, so time per token = cycle / expected tokens.
 */
record DecodeTiming(PerformanceModel model, SpeculativeDecoding speculative) {

    StepCost plain(double batch, double context) {
        return model.decodeStep(batch, context);
    }

    /** Time per generated token of every sequence in the batch. */
    StepCost perToken(double batch, double context) {
        StepCost plain = plain(batch, context);
        if (speculative == null) {
            return plain;
        }
        StepCost verify = model.iteration(StepWork.verify(batch, context, speculative.gamma()));
        StepCost drafts = plain.times(speculative.gamma() * speculative.draftCostFraction());
        return verify.plus(drafts).times(1 / speculative.tokensPerTargetStep());
    }
}
