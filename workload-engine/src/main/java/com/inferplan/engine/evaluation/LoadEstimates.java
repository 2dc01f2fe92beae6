package com.inferplan.engine.evaluation;

import com.inferplan.engine.perf.PerformanceModel;
import com.inferplan.engine.perf.StepCost;
import com.inferplan.engine.perf.StepWork;

/**
 * Closed-form serving estimates per replica for the three load modes (see
 * docs/decisions/0502-performance-model-structure.md). Context during decode averages
 * input + output / 2 tokens.
 */
final class LoadEstimates {

    /** TTFT, TPOT, end-to-end seconds, per-replica output tokens/s, batch, and the two step costs. */
    record Estimate(double ttft, double tpot, double e2e, double replicaThroughput, int batch,
                    StepCost prefill, StepCost decode) {
    }

    private LoadEstimates() {
    }

    /**
     * N requests in flight under continuous batching: at most {@code slots} run; each request's
     * prefill rides in an iteration beside the others' decodes (its TTFT), and every request's
     * decode is slowed by the prefills of the others, which each arrive once per lifetime.
     * Requests beyond the slots wait (Little's law: response = N × service / slots).
     */
    static Estimate closed(PerformanceModel m, DecodeTiming d, int inFlight, int slots, int in, int out) {
        int running = Math.max(1, Math.min(inFlight, slots));
        double context = in + out / 2.0;
        StepCost decode = d.perToken(running, context);
        StepCost prefill;
        double marginalPrefill;
        if (running == 1) {
            prefill = m.prefill(1, in);
            marginalPrefill = prefill.seconds();
        } else {
            double others = running - 1;
            StepWork mixed = new StepWork(others, others * context, in, 1, in * (in + 1) / 2.0, in);
            prefill = m.iteration(mixed);
            marginalPrefill = Math.max(0, prefill.seconds() - m.decodeStep(others, context).seconds());
        }
        double tpot = decode.seconds() + (running - 1) * marginalPrefill / out;
        double service = prefill.seconds() + (out - 1) * tpot;
        double ttft = prefill.seconds() + (inFlight > running ? (inFlight - running) * service / running : 0);
        return new Estimate(ttft, tpot, ttft + (out - 1) * tpot, running * out / service, running, prefill, decode);
    }

    /** N identical requests start together: one prefill batch, then decode as one batch. */
    static Estimate staticBatch(PerformanceModel m, DecodeTiming d, int batch, int in, int out) {
        StepCost prefill = m.prefill(batch, in);
        StepCost decode = d.perToken(batch, in + out / 2.0);
        double e2e = prefill.seconds() + (out - 1) * decode.seconds();
        return new Estimate(prefill.seconds(), decode.seconds(), e2e, batch * out / e2e, batch, prefill, decode);
    }

    /**
     * Offline maximum: the largest batch the stack admits and the KV cache holds; per request a
     * prefill (amortised over a full prefill chunk of prompts) plus its share of decode steps.
     */
    static Estimate max(PerformanceModel m, DecodeTiming d, int maxBatch, int chunkTokens, int in, int out) {
        double context = in + out / 2.0;
        long byKv = (long) Math.floor(m.plan().kvCapacityTokens() / context);
        int batch = (int) Math.max(1, Math.min(maxBatch, byKv));
        StepCost decode = d.perToken(batch, context);
        int promptsPerChunk = Math.max(1, Math.min(batch, chunkTokens / in));
        StepCost chunk = m.prefill(promptsPerChunk, in);
        double prefillPerRequest = chunk.seconds() / promptsPerChunk;
        double cycle = batch * prefillPerRequest + out * decode.seconds();
        double tpot = cycle / out;
        double ttft = prefillPerRequest + decode.seconds();
        return new Estimate(ttft, tpot, ttft + (out - 1) * tpot, batch * out / cycle, batch, chunk, decode);
    }
}
