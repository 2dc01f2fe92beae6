package com.inferplan.backend.scenario;

import com.inferplan.backend.scenario.CandidateEvaluator.ResolvedCandidate;
import com.inferplan.backend.scenario.ScenarioWorkload.Lengths;
import com.inferplan.engine.evaluation.Engine;
import com.inferplan.engine.serving.StepTimeModel;
import com.inferplan.engine.transport.TransportProfile;
import com.inferplan.backend.support.Quantities;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Plans a candidate's replica. With a chip count given, that layout; with "auto", the planner's fewest
 * chips that hold the model and 2, 4 and 8 times as many, keeping the layout that can meet the SLO and
 * serves the most requests per second per chip within it. The fewest chips rarely serve best: a 70B
 * model squeezed onto two GPUs has room for a handful of sequences, so a provider sizing for throughput
 * spreads it wider (docs/decisions/0700-explorer-sizing.md).
 */
final class LayoutChooser {

    static final int AUTO_DOUBLINGS = 3;
    static final int MAX_AUTO_CHIPS = 64;
    /** Layouts that can meet the SLO first, then those that meet TPOT, then the most requests/s per chip. */
    static final Comparator<ReplicaLayout> BY_SERVICE = Comparator
            .comparing((ReplicaLayout l) -> l.capacity().sloReachable())
            .thenComparing(l -> l.capacity().tpotReachable())
            .thenComparingDouble(ReplicaLayout::requestsPerSecondPerChip);

    private final Engine engine;
    private final PrefillWorkerChooser prefillWorkers;

    LayoutChooser(Engine engine) {
        this.engine = engine;
        this.prefillWorkers = new PrefillWorkerChooser(engine);
    }

    /** The chosen layout, or the reason nothing fits; {@code notes} say why an automatic choice was made. */
    record Choice(ReplicaLayout layout, String reason, List<String> notes) {
    }

    Choice choose(ResolvedCandidate rc, ScenarioWorkload workload, TransportProfile transport) {
        Choice first = plan(rc, rc.candidate().chipsPerReplica(), workload, transport);
        if (first.layout() == null || rc.candidate().chipsPerReplica() != null) {
            return first;
        }
        List<ReplicaLayout> layouts = new ArrayList<>(List.of(first.layout()));
        // With separate prefill workers the doubling is the decode worker's; the prefill worker keeps its own count.
        for (int k = 1; k <= AUTO_DOUBLINGS; k++) {
            int chips = workerChips(first.layout()) << k;
            ReplicaLayout wider = chips > MAX_AUTO_CHIPS ? null : plan(rc, chips, workload, transport).layout();
            if (wider != null && workerChips(wider) > workerChips(layouts.get(layouts.size() - 1))) {
                layouts.add(wider);
            }
        }
        ReplicaLayout best = layouts.stream().max(BY_SERVICE).orElseThrow();
        if (best == first.layout()) {
            return first;
        }
        return new Choice(best, null, List.of("Automatic layout: " + best.chips() + " chips per replica ("
                + best.label() + ") serve " + perChip(best)
                + " requests/s per chip within the SLO" + (first.layout().capacity().sloReachable()
                ? ", against " + perChip(first.layout()) : ", which the fewest chips cannot meet;")
                + (first.layout().capacity().pools() == null
                ? " with the fewest chips that hold the model (" + first.layout().chips() + ")."
                : " with decode workers of the fewest chips that hold the model (" + first.layout().chips()
                + " chips per replica).")));
    }

    private Choice plan(ResolvedCandidate rc, Integer chips, ScenarioWorkload workload, TransportProfile transport) {
        Lengths lengths = workload.lengths();
        PlannedWorker worker = PlannedWorker.plan(engine, () -> rc.request(lengths, chips));
        if (worker.failure() != null) {
            return new Choice(null, worker.failure(), List.of());
        }
        StepTimeModel model = worker.model();
        int tokens = lengths.inputTokens() + lengths.outputTokens();
        if (model.kvCapacityTokens() < tokens) {
            return new Choice(null, "one replica's KV cache holds " + model.kvCapacityTokens()
                    + " tokens, less than one typical request of " + tokens, List.of());
        }
        long maxSequence = Math.min(rc.model().maxContext(), model.kvCapacityTokens());
        double tpotLimit = workload.slo().tpotMs() / 1000 - transport.perTokenOverheadSeconds();
        double ttftLimit = workload.slo().ttftMs() / 1000
                - transport.firstTokenOverheadSeconds(transport.persistentConnection());
        int tailPrompt = SloCapacity.promptAtPercentile(lengths.inputTokens(), lengths.spread(),
                workload.slo().percentile(), maxSequence - lengths.outputTokens());
        int chunk = LoadSimulation.scheduler(model).maxTokensPerStep();
        if (rc.candidate().separatePrefill() != null) {
            return prefillWorkers.choose(rc, lengths, worker, maxSequence,
                    new PrefillWorkerChooser.Limits(tpotLimit, ttftLimit, tailPrompt, chunk));
        }
        SloCapacity capacity = SloCapacity.of(model, lengths.inputTokens(), lengths.outputTokens(), tpotLimit,
                ttftLimit, tailPrompt, chunk);
        return new Choice(new ReplicaLayout(worker.request(), worker.evaluation(), model, capacity, maxSequence), null,
                List.of());
    }

    private static int workerChips(ReplicaLayout layout) {
        return layout.evaluation().plan().chipsPerReplica();
    }

    private static String perChip(ReplicaLayout layout) {
        return Quantities.number(layout.requestsPerSecondPerChip());
    }
}
