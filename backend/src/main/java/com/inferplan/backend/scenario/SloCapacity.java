package com.inferplan.backend.scenario;

import com.inferplan.engine.serving.StepTimeModel;

/**
 * How many requests per second one replica serves while keeping the TPOT limit, from its step times
 * alone (docs/decisions/0700-explorer-sizing.md). With {@code b} requests decoding together, each
 * request costs the replica its prefill plus {@code out} decode steps shared by {@code b}; while one
 * request decodes, the {@code b} requests that replace finished ones are prefilled in between, so
 * a user sees {@code TPOT(b) = step(b) + b · prefill / out}. The largest {@code b} keeping that within
 * the limit sets the capacity {@code b / (b · prefill + out · step(b))}.
 *
 * @param batch            concurrent requests at the capacity
 * @param sloReachable     false when even one request alone decodes slower than the limit; the
 *                         capacity is then the batch-1 rate (best latency), and the SLO is missed
 * @param prefillSeconds   one typical prompt, chunked as the scheduler does
 * @param stepSeconds      one decode step at that batch, contexts at prompt + half the answer
 */
public record SloCapacity(int batch, boolean sloReachable, double prefillSeconds, double stepSeconds,
                          double tpotSeconds, double requestsPerSecond, int batchLimit) {

    static SloCapacity of(StepTimeModel model, int inputTokens, int outputTokens, double tpotLimitSeconds,
                          int chunkTokens) {
        double prefill = prefillSeconds(model, inputTokens, chunkTokens);
        long context = inputTokens + outputTokens / 2;
        long byKv = model.kvCapacityTokens() / (inputTokens + outputTokens);
        int limit = (int) Math.max(1, Math.min(model.maxBatch(), byKv));
        Shape shape = new Shape(model, prefill, context, outputTokens);
        if (shape.tpot(1) > tpotLimitSeconds) {
            return shape.at(1, false, limit);
        }
        // TPOT grows with the batch (longer steps, more prefills in between): bisect for the largest batch within it.
        int low = 1;
        int high = limit;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (shape.tpot(mid) <= tpotLimitSeconds) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return shape.at(low, true, limit);
    }

    /** Replica seconds of one request at this batch: its prefill plus its share of the decode steps. */
    public double replicaSecondsPerRequest() {
        return 1 / requestsPerSecond;
    }

    /** Prompt prefilled in chunks of the scheduler's token budget, each attending to what came before. */
    static double prefillSeconds(StepTimeModel model, int promptTokens, int chunkTokens) {
        double seconds = 0;
        long done = 0;
        while (done < promptTokens) {
            int chunk = (int) Math.min(chunkTokens, promptTokens - done);
            long attended = chunk * done + (long) chunk * (chunk + 1) / 2;
            seconds += model.iterationSeconds(0, 0, chunk, attended);
            done += chunk;
        }
        return seconds;
    }

    private record Shape(StepTimeModel model, double prefill, long context, int out) {

        double step(int batch) {
            return model.iterationSeconds(batch, batch * context, 0, 0);
        }

        double tpot(int batch) {
            return step(batch) + batch * prefill / out;
        }

        SloCapacity at(int batch, boolean reachable, int limit) {
            double step = step(batch);
            double rate = batch / (batch * prefill + out * step);
            return new SloCapacity(batch, reachable, prefill, step, tpot(batch), rate, limit);
        }
    }
}
