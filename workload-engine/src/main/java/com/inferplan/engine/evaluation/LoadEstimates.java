package com.inferplan.engine.evaluation;

import com.inferplan.engine.deployment.Parallelism;
import com.inferplan.engine.perf.PerformanceModel;
import com.inferplan.engine.perf.StepCost;
import com.inferplan.engine.perf.StepWork;

/**
 * Closed-form serving estimates per replica for the three load modes (see
 * docs/decisions/0500-performance-model-structure.md). Context during decode averages
 * input + output / 2 tokens. {@code slots} is what one replica runs at once ({@link BatchLimit}).
 */
final class LoadEstimates {

    /** TTFT, TPOT, end-to-end seconds, per-replica output tokens/s, batch, and the two step costs. */
    record Estimate(double ttft, double tpot, double e2e, double replicaThroughput, int batch,
                    StepCost prefill, StepCost decode) {
    }

    /** Utilisation of the prefill slot beyond which the queueing formula is not trusted. */
    private static final double MAX_PREFILL_LOAD = 0.9;

    private LoadEstimates() {
    }

    /**
     * N requests in flight under continuous batching: at most {@code slots} run; each request's
     * prefill rides in an iteration beside the others' decodes (its TTFT), and every request's
     * decode is slowed by the prefills of the others, which each arrive once per lifetime.
     * A new prompt may find another prompt's prefill in progress: the others' prefills arrive at
     * (N − 1) / service per second and occupy the prefill slot for their prefill time, so a prompt
     * waits as in an M/D/1 queue, ρ · prefill / (2 (1 − ρ)). Requests beyond the slots wait
     * (Little's law: response = N × service / slots).
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
        double load = Math.min(MAX_PREFILL_LOAD, (running - 1) / service * prefill.seconds());
        double prefillWait = load * prefill.seconds() / (2 * (1 - load));
        double ttft = prefill.seconds() + prefillWait
                + (inFlight > running ? (inFlight - running) * service / running : 0);
        return new Estimate(ttft, tpot, ttft + (out - 1) * tpot, running * out / service, running, prefill, decode);
    }

    /**
     * N identical requests submitted together: the prompts prefilled in groups of at most
     * {@code promptsPerStep} (one batch where the stack takes any number), then decode as one batch.
     * Where the KV cache holds fewer than N, the stack runs them in equal waves one after another.
     * The end-to-end latency is the time until the whole batch completes (what offline latency
     * scripts time); TTFT is the mean over requests, later groups and waves waiting for earlier ones.
     */
    static Estimate staticBatch(PerformanceModel m, DecodeTiming d, int batch, int slots, int promptsPerStep, int in,
                                int out) {
        int waves = (batch + slots - 1) / slots;
        int wave = (batch + waves - 1) / waves;
        int group = Math.min(wave, promptsPerStep);
        int groups = (wave + group - 1) / group;
        StepCost prefill = m.prefill(group, in);
        StepCost decode = d.perToken(wave, in + out / 2.0);
        double waveSeconds = groups * prefill.seconds() + (out - 1) * decode.seconds();
        double e2e = waves * waveSeconds;
        double ttft = (groups + 1) / 2.0 * prefill.seconds() + (waves - 1) / 2.0 * waveSeconds;
        return new Estimate(ttft, decode.seconds(), e2e, (double) batch * out / e2e, wave, prefill, decode);
    }

    /**
     * Offline maximum: the largest batch the stack admits and the KV cache holds; per request a
     * prefill (amortised over a full prefill chunk of prompts, at most {@code promptsPerStep} of them,
     * per attention rank where attention runs data-parallel) plus its share of decode steps.
     */
    static Estimate max(PerformanceModel m, DecodeTiming d, int slots, Parallelism p, int chunkTokens,
                        int promptsPerStep, int in, int out) {
        double context = in + out / 2.0;
        StepCost decode = d.perToken(slots, context);
        int ranks = p.attentionDataParallel() ? p.tp() : 1;
        int perRank = Math.min(promptsPerStep, Math.max(1, chunkTokens / in));
        int promptsPerChunk = Math.max(1, Math.min(slots, ranks * perRank));
        StepCost chunk = m.prefill(promptsPerChunk, in);
        double prefillPerRequest = chunk.seconds() / promptsPerChunk;
        double cycle = slots * prefillPerRequest + out * decode.seconds();
        double tpot = cycle / out;
        double ttft = prefillPerRequest + decode.seconds();
        return new Estimate(ttft, tpot, ttft + (out - 1) * tpot, slots * out / cycle, slots, chunk, decode);
    }
}
