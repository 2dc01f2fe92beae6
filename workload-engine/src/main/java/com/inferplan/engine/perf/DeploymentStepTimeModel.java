package com.inferplan.engine.perf;

import com.inferplan.engine.serving.StepTimeModel;

/**
 * {@link StepTimeModel} for the serving simulator backed by a planned deployment. Prompt chunks
 * count as one sequence for the LM head. A chunk of c tokens after d cached ones attends
 * c·d + c(c+1)/2 pairs and reads d + c positions, so positions = pairs / c + (c − 1) / 2.
 */
final class DeploymentStepTimeModel implements StepTimeModel {

    private final PerformanceModel model;
    private final long kvCapacityTokens;
    private final int maxBatch;
    private final long stateTokensPerSequence;

    DeploymentStepTimeModel(PerformanceModel model, long kvCapacityTokens, int maxBatch, long stateTokensPerSequence) {
        if (maxBatch < 1) {
            throw new InvalidPerformanceInputException("maxBatch", maxBatch, "must be at least 1");
        }
        this.model = model;
        this.kvCapacityTokens = kvCapacityTokens;
        this.maxBatch = maxBatch;
        this.stateTokensPerSequence = stateTokensPerSequence;
    }

    @Override
    public double iterationSeconds(int decodeSequences, long decodeContextTokens, int prefillTokens,
                                   long prefillAttendedTokens) {
        double prefillSequences = prefillTokens > 0 ? 1 : 0;
        double positions = prefillTokens > 0
                ? (double) prefillAttendedTokens / prefillTokens + (prefillTokens - 1) / 2.0 : 0;
        StepWork work = new StepWork(decodeSequences, decodeContextTokens, prefillTokens, prefillSequences,
                prefillAttendedTokens, positions);
        return model.iteration(work).seconds();
    }

    @Override
    public long kvCapacityTokens() {
        return kvCapacityTokens;
    }

    @Override
    public int maxBatch() {
        return maxBatch;
    }

    @Override
    public long stateTokensPerSequence() {
        return stateTokensPerSequence;
    }
}
