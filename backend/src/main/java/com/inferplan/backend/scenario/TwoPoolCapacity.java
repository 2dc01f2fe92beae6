package com.inferplan.backend.scenario;

import com.inferplan.backend.scenario.SloCapacity.Pools;
import com.inferplan.engine.serving.LandedKvSteps;
import com.inferplan.engine.serving.StepTimeModel;
import java.util.function.IntToDoubleFunction;

/**
 * SLO capacity of a replica with separate prefill workers (docs/decisions/0719). A decode worker only
 * decodes, so its TPOT is its step time alone: the largest batch whose step stays within the TPOT limit
 * serves {@code batch / (out · step)} requests/s. A prefill worker runs prompts back to back at the
 * scheduler's chunk budget: {@code 1 / prefillSeconds}. For D = 1 to {@link #MAX_DECODE_WORKERS} decode workers
 * the prefill workers are P = ceil(D · decode rate / prefill rate); the replica is the smallest D whose capacity
 * {@code min(P / prefill, D · batch / (out · step))} per chip is within {@link #NEAR_BEST} of the best. The TTFT
 * floor is the tail prompt prefilled alone plus its KV transfer.
 */
final class TwoPoolCapacity {

    static final int MAX_DECODE_WORKERS = 8;
    /** A replica within this share of the best requests/s per chip is as good; the smallest such is taken. */
    static final double NEAR_BEST = 0.95;

    private TwoPoolCapacity() {
    }

    /** One worker of a pool: its step times and its chips. */
    record Worker(StepTimeModel model, int chips) {
    }

    /**
     * @param transferSeconds the KV transfer of one prompt for a replica of the given total chips (the fabric
     *                        depends on whether both pools fit one scale-up domain)
     */
    static SloCapacity of(Worker decode, Worker prefill, int inputTokens, int outputTokens, double tpotLimitSeconds,
                          double ttftLimitSeconds, int tailPromptTokens, int chunkTokens,
                          IntToDoubleFunction transferSeconds) {
        SloCapacity decoding = SloCapacity.of(new LandedKvSteps(decode.model()), inputTokens, outputTokens,
                tpotLimitSeconds, Double.MAX_VALUE, tailPromptTokens, chunkTokens);
        double prefillSeconds = SloCapacity.prefillSeconds(prefill.model(), inputTokens, chunkTokens);
        double tailPrefill = SloCapacity.prefillSeconds(prefill.model(), tailPromptTokens, chunkTokens);
        double perDecodeWorker = decoding.batch() / (outputTokens * decoding.stepSeconds());
        double perPrefillWorker = 1 / prefillSeconds;
        Pools[] byDecodeWorkers = new Pools[MAX_DECODE_WORKERS];
        double bestPerChip = 0;
        for (int d = 1; d <= MAX_DECODE_WORKERS; d++) {
            int p = (int) Math.max(1, Math.ceil(d * perDecodeWorker / perPrefillWorker - 1e-9));
            byDecodeWorkers[d - 1] = new Pools(p, prefill.chips(), d, decode.chips(), decoding.batch(), 0);
            bestPerChip = Math.max(bestPerChip, perChip(byDecodeWorkers[d - 1], perPrefillWorker, perDecodeWorker));
        }
        // The smallest replica close to the best ratio: a small demand is not rounded up to a rack of workers.
        Pools best = null;
        for (int d = MAX_DECODE_WORKERS; d >= 1; d--) {
            if (perChip(byDecodeWorkers[d - 1], perPrefillWorker, perDecodeWorker) >= NEAR_BEST * bestPerChip) {
                best = byDecodeWorkers[d - 1];
            }
        }
        double transfer = transferSeconds.applyAsDouble(best.chips());
        Pools pools = new Pools(best.prefillWorkers(), best.prefillChips(), best.decodeWorkers(), best.decodeChips(),
                best.decodeBatch(), transfer);
        return new SloCapacity(best.decodeWorkers() * decoding.batch(), decoding.tpotReachable(),
                tailPrefill + transfer <= ttftLimitSeconds, prefillSeconds, tailPrefill, decoding.stepSeconds(),
                decoding.tpotSeconds(), rate(pools, perPrefillWorker, perDecodeWorker),
                best.decodeWorkers() * decoding.batchLimit(), pools);
    }

    private static double perChip(Pools pools, double perPrefillWorker, double perDecodeWorker) {
        return rate(pools, perPrefillWorker, perDecodeWorker) / pools.chips();
    }

    private static double rate(Pools pools, double perPrefillWorker, double perDecodeWorker) {
        return Math.min(pools.prefillWorkers() * perPrefillWorker, pools.decodeWorkers() * perDecodeWorker);
    }
}
