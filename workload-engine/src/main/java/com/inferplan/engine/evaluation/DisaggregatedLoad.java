package com.inferplan.engine.evaluation;

import com.inferplan.engine.perf.Efficiencies;
import com.inferplan.engine.perf.KvTransfer;
import com.inferplan.engine.perf.PerformanceModel;
import com.inferplan.engine.perf.StackScheduler;
import com.inferplan.engine.serving.ClosedLoopResult;
import com.inferplan.engine.serving.ClosedLoopRun;
import com.inferplan.engine.serving.PrefillPolicy;
import com.inferplan.engine.serving.SchedulerConfig;
import com.inferplan.engine.serving.StepTimeModel;

/**
 * A closed loop over separate prefill and decode pools (docs/decisions/0532-disaggregated-serving.md).
 * Decode: one decode worker's share of the clients simulated in a closed loop whose prompts cost
 * nothing (their KV arrives computed), giving TPOT and the wait for a decode slot. Prefill: each
 * request's prompt on one prefill worker, queueing as an M/D/1 server per worker at the loop's
 * own request rate. TTFT = both workers' request handling (decision 0540) + prefill wait + prefill +
 * KV transfer + decode admission; the request lifetime L solves L = TTFT(N / L) + (output − 1) · TPOT
 * (bisection), and saturates at the prefill pool's capacity.
 */
final class DisaggregatedLoad {

    private static final int MEASURED_MIN = 8;

    private DisaggregatedLoad() {
    }

    /** Decode iterations as the deployment runs them; a prompt "chunk" is KV landing from the prefill pool. */
    private record ArrivingKv(StepTimeModel decode) implements StepTimeModel {
        @Override
        public double iterationSeconds(int decodeSequences, long decodeContextTokens, int prefillTokens,
                                       long prefillAttendedTokens) {
            return decodeSequences > 0 ? decode.iterationSeconds(decodeSequences, decodeContextTokens, 0, 0) : 1e-6;
        }

        @Override
        public long kvCapacityTokens() {
            return decode.kvCapacityTokens();
        }

        @Override
        public int maxBatch() {
            return decode.maxBatch();
        }
    }

    static LoadEstimates.Estimate estimate(PerformanceModel prefill, PerformanceModel decode, Efficiencies decodeEff,
                                           StackScheduler stack, DisaggregatedRequest d, boolean sameDomain) {
        int clients = d.decode().concurrency();
        int in = d.decode().inputTokens();
        int out = d.decode().outputTokens();
        var p = decode.plan().parallelism();
        int ranks = p.attentionDataParallel() ? p.tp() : 1;
        int maxBatch = decodeEff.maxBatch() * ranks;
        int perDecodeWorker = (int) Math.ceil((double) clients / d.decodeWorkers());
        SchedulerConfig landing = new SchedulerConfig(Math.max(maxBatch, in * Math.min(perDecodeWorker, maxBatch)),
                stack.kvBlockTokens(), PrefillPolicy.CHUNKED_MIXED);
        ClosedLoopResult decoded = ClosedLoopRun.run(new ArrivingKv(decode.stepTimeModel(maxBatch)), landing,
                perDecodeWorker, in, out, Math.max(MEASURED_MIN, 8 * perDecodeWorker), 0);
        double tpot = decoded.meanTpotSeconds();
        double prefillSeconds = prefill.prefill(1, in).seconds();
        double transfer = KvTransfer.seconds(prefill.plan(), decode.plan(), decodeEff, in, sameDomain);
        double fixed = 2 * stack.requestOverheadSeconds() + prefillSeconds + transfer + decoded.meanTtftSeconds();
        double decodeSeconds = (out - 1) * tpot;
        double lifetime = lifetime(clients, d.prefillWorkers(), prefillSeconds, fixed + decodeSeconds);
        double ttft = lifetime - decodeSeconds;
        int running = Math.max(1, Math.min(perDecodeWorker, maxBatch));
        return new LoadEstimates.Estimate(ttft, tpot, lifetime, (double) clients * out / lifetime / d.decodeWorkers(),
                running, prefill.prefill(1, in), decode.decodeStep(running, in + out / 2.0));
    }

    /** Solves L = base + wait(N / L) with the M/D/1 wait ρ·s / (2(1 − ρ)), ρ = (N / L)·s / workers. */
    static double lifetime(int clients, int workers, double serviceSeconds, double baseSeconds) {
        double saturated = clients * serviceSeconds / workers;
        double lo = Math.max(baseSeconds, saturated * (1 + 1e-9));
        double hi = lo + saturated + baseSeconds;
        if (excess(lo, clients, workers, serviceSeconds, baseSeconds) <= 0) {
            return lo;
        }
        for (int i = 0; i < 100; i++) {
            double mid = (lo + hi) / 2;
            if (excess(mid, clients, workers, serviceSeconds, baseSeconds) > 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return hi;
    }

    private static double excess(double lifetime, int clients, int workers, double service, double base) {
        double rho = clients / lifetime * service / workers;
        return base + rho * service / (2 * (1 - rho)) - lifetime;
    }
}
