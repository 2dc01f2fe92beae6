package com.inferplan.backend.scenario;

import com.inferplan.backend.scenario.CandidateEvaluator.ResolvedCandidate;
import com.inferplan.backend.scenario.ScenarioWorkload.Lengths;
import com.inferplan.engine.evaluation.Engine;
import java.util.List;

/**
 * Prefill workers for a candidate's decode worker, on its own or other silicon (decision 0719): the chips
 * asked for, or the fewest that hold the model and 2, 4 and 8 times as many, keeping the two-pool replica that
 * can meet the SLO and serves the most requests/s per chip (a wider prefill worker shortens the tail
 * prompt's TTFT).
 */
final class PrefillWorkerChooser {

    private final Engine engine;

    PrefillWorkerChooser(Engine engine) {
        this.engine = engine;
    }

    /** The server-side SLO limits, the tail prompt and the scheduler's chunk budget a capacity is judged by. */
    record Limits(double tpotSeconds, double ttftSeconds, int tailPrompt, int chunkTokens) {
    }

    LayoutChooser.Choice choose(ResolvedCandidate rc, Lengths lengths, PlannedWorker decode, long maxSequence,
                                Limits limits) {
        Integer asked = rc.candidate().separatePrefill().chipsPerWorker();
        LayoutChooser.Choice first = replica(rc, lengths, asked, decode, maxSequence, limits);
        if (first.layout() == null || asked != null) {
            return first;
        }
        ReplicaLayout best = first.layout();
        int fewest = best.prefill().chips();
        for (int k = 1; k <= LayoutChooser.AUTO_DOUBLINGS && fewest << k <= LayoutChooser.MAX_AUTO_CHIPS; k++) {
            ReplicaLayout wider = replica(rc, lengths, fewest << k, decode, maxSequence, limits).layout();
            if (wider != null && LayoutChooser.BY_SERVICE.compare(wider, best) > 0) {
                best = wider;
            }
        }
        return new LayoutChooser.Choice(best, null, List.of());
    }

    private LayoutChooser.Choice replica(ResolvedCandidate rc, Lengths lengths, Integer chips, PlannedWorker decode,
                                         long maxSequence, Limits limits) {
        PlannedWorker prefill = PlannedWorker.plan(engine, () -> rc.prefillRequest(lengths, chips));
        if (prefill.failure() != null) {
            return new LayoutChooser.Choice(null, "prefill worker: " + prefill.failure(), List.of());
        }
        SloCapacity capacity = TwoPoolCapacity.of(new TwoPoolCapacity.Worker(decode.model(), decode.chips()),
                new TwoPoolCapacity.Worker(prefill.model(), prefill.chips()), lengths.inputTokens(),
                lengths.outputTokens(), limits.tpotSeconds(), limits.ttftSeconds(), limits.tailPrompt(),
                limits.chunkTokens(),
                total -> engine.kvTransferSeconds(prefill.request(), decode.request(), prefill.evaluation(),
                        decode.evaluation(), total));
        return new LayoutChooser.Choice(new ReplicaLayout(decode.request(), decode.evaluation(), decode.model(),
                capacity, maxSequence, prefill), null, List.of());
    }
}
