package com.inferplan.backend.scenario;

import com.inferplan.engine.serving.StepTimeModel;
import com.inferplan.pricing.tokens.EndToEndThroughput;

/**
 * How many requests per second one replica serves while keeping the TPOT limit, from its step times
 * alone (docs/decisions/0700-explorer-sizing.md). With {@code b} requests decoding together, each
 * request costs the replica its prefill plus {@code out} decode steps shared by {@code b}; while one
 * request decodes, the {@code b} requests that replace finished ones are prefilled in between, so
 * a user sees {@code TPOT(b) = step(b) + b · prefill / out}. The largest {@code b} keeping that within
 * the limit sets the capacity {@code b / (b · prefill + out · step(b))}.
 *
 * <p>TTFT is not part of this estimate: it depends on how prompts queue, which the load simulation
 * measures. Only its floor is checked here: the prompt at the SLO's percentile of the length
 * distribution, prefilled alone on an idle replica; no fleet size gets below that.
 *
 * @param batch            concurrent requests at the capacity
 * @param tpotReachable    false when even one request alone decodes slower than the limit; the
 *                         capacity is then the batch-1 rate (best latency), and the SLO is missed
 * @param ttftReachable    false when the prompt at the SLO's percentile takes longer than the TTFT limit
 *                         to prefill even alone
 * @param prefillSeconds   one typical (mean-length) prompt, chunked as the scheduler does
 * @param tailPrefillSeconds the prompt at the SLO's percentile, alone
 * @param stepSeconds      one decode step at that batch, contexts at prompt + half the answer
 * @param pools            the prefill and decode workers of a two-pool replica ({@link TwoPoolCapacity}); null
 *                         when one pool both prefills and decodes
 */
public record SloCapacity(int batch, boolean tpotReachable, boolean ttftReachable, double prefillSeconds,
                          double tailPrefillSeconds, double stepSeconds, double tpotSeconds, double requestsPerSecond,
                          int batchLimit, Pools pools) {

    /**
     * A two-pool replica: {@code prefillWorkers} of {@code prefillChips} chips each feed {@code decodeWorkers} of
     * {@code decodeChips}, each decoding {@code decodeBatch} requests; a prompt's KV takes {@code transferSeconds}
     * to move between them.
     */
    public record Pools(int prefillWorkers, int prefillChips, int decodeWorkers, int decodeChips, int decodeBatch,
                        double transferSeconds) {

        int prefillPoolChips() {
            return prefillWorkers * prefillChips;
        }

        int decodePoolChips() {
            return decodeWorkers * decodeChips;
        }

        int chips() {
            return prefillPoolChips() + decodePoolChips();
        }
    }

    private static final double Z90 = 1.2815515655446004;
    private static final double Z99 = 2.3263478740408408;

    /**
     * @param tpotLimitSeconds server-side TPOT limit (the SLO less the transport's per-token overhead)
     * @param ttftLimitSeconds server-side TTFT limit (the SLO less the transport's first-token overhead)
     * @param tailPromptTokens the prompt length at the SLO's percentile ({@link #promptAtPercentile})
     */
    static SloCapacity of(StepTimeModel model, int inputTokens, int outputTokens, double tpotLimitSeconds,
                          double ttftLimitSeconds, int tailPromptTokens, int chunkTokens) {
        double prefill = prefillSeconds(model, inputTokens, chunkTokens);
        double tailPrefill = prefillSeconds(model, tailPromptTokens, chunkTokens);
        long context = inputTokens + outputTokens / 2;
        long byKv = model.kvCapacityTokens() / (inputTokens + outputTokens);
        int limit = (int) Math.max(1, Math.min(model.maxBatch(), byKv));
        Shape shape = new Shape(model, prefill, tailPrefill, context, outputTokens, tailPrefill <= ttftLimitSeconds);
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

    /** Whether some number of replicas can meet both limits; the load simulation then finds how many. */
    public boolean sloReachable() {
        return tpotReachable && ttftReachable;
    }

    /**
     * Output tokens per chip-second at this capacity, with the replica-seconds of one request split between
     * prefill and decode (what input tokens are charged). With two pools the split is the pools' chip shares.
     */
    EndToEndThroughput throughput(int chips, int outputTokens) {
        double perChip = requestsPerSecond * outputTokens / chips;
        if (pools == null) {
            return new EndToEndThroughput(perChip, prefillSeconds, outputTokens * stepSeconds / batch);
        }
        double replicaSeconds = 1 / requestsPerSecond;
        double prefillShare = (double) pools.prefillPoolChips() / pools.chips();
        return new EndToEndThroughput(perChip, prefillShare * replicaSeconds, (1 - prefillShare) * replicaSeconds);
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

    /**
     * The {@code percentile} of lognormal lengths with this mean and sigma (the simulator's parameterisation,
     * mu = ln(mean) − sigma²/2), at most {@code maxTokens}.
     */
    static int promptAtPercentile(int meanTokens, double sigma, int percentile, long maxTokens) {
        double z = percentile == 99 ? Z99 : Z90;
        double tokens = meanTokens * Math.exp(-sigma * sigma / 2 + z * sigma);
        return (int) Math.max(1, Math.min(maxTokens, Math.round(tokens)));
    }

    private record Shape(StepTimeModel model, double prefill, double tailPrefill, long context, int out,
                         boolean ttftReachable) {

        double step(int batch) {
            return model.iterationSeconds(batch, batch * context, 0, 0);
        }

        double tpot(int batch) {
            return step(batch) + batch * prefill / out;
        }

        SloCapacity at(int batch, boolean reachable, int limit) {
            double step = step(batch);
            double rate = batch / (batch * prefill + out * step);
            return new SloCapacity(batch, reachable, ttftReachable, prefill, tailPrefill, step, tpot(batch), rate,
                    limit, null);
        }
    }
}
