package com.inferplan.engine.loadtest;

import com.inferplan.engine.agentic.ModelSpeed;
import com.inferplan.engine.serving.StepTimeModel;
import com.inferplan.engine.serving.validation.InvalidInputException;
import com.inferplan.engine.serving.validation.Require;

/**
 * How fast one agent's requests run on a planned replica that {@code concurrentSequences − 1} other
 * sequences keep busy decoding at the same context: a prompt is prefilled in chunks of at most
 * {@code chunkTokens} next to their decodes, and every decode step carries the whole batch. With one
 * sequence it is the idle-server speed a published "tokens per second" usually means.
 */
public record DeploymentModelSpeed(StepTimeModel stepTimeModel, int concurrentSequences, int chunkTokens)
        implements ModelSpeed {

    public DeploymentModelSpeed {
        Require.present("stepTimeModel", stepTimeModel);
        Require.positive("concurrentSequences", concurrentSequences);
        Require.positive("chunkTokens", chunkTokens);
        if (concurrentSequences > stepTimeModel.maxBatch()) {
            throw new InvalidInputException("concurrentSequences", concurrentSequences,
                    "exceeds the replica's batch limit of " + stepTimeModel.maxBatch());
        }
    }

    @Override
    public double timeToFirstTokenSeconds(long contextTokens, long uncachedTokens) {
        int others = concurrentSequences - 1;
        // The serving engine recomputes at least the last prompt token even on a full cache hit.
        long remaining = Math.max(1, Math.min(uncachedTokens, contextTokens));
        long cached = Math.max(0, contextTokens - remaining);
        double seconds = 0;
        while (remaining > 0) {
            int chunk = (int) Math.min(chunkTokens, remaining);
            long attended = (long) chunk * cached + (long) chunk * (chunk + 1) / 2;
            seconds += stepTimeModel.iterationSeconds(others, others * contextTokens, chunk, attended);
            cached += chunk;
            remaining -= chunk;
        }
        return seconds;
    }

    @Override
    public double outputTokensPerSecond(long contextTokens) {
        return 1 / stepTimeModel.iterationSeconds(concurrentSequences, concurrentSequences * contextTokens, 0, 0);
    }
}
