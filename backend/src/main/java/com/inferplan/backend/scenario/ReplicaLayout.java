package com.inferplan.backend.scenario;

import com.inferplan.backend.scenario.LoadSimulation.ReplicaLoad;
import com.inferplan.backend.scenario.ScenarioWorkload.Lengths;
import com.inferplan.backend.scenario.ScenarioWorkload.SloTarget;
import com.inferplan.backend.scenario.SloCapacity.Pools;
import com.inferplan.backend.support.Quantities;
import com.inferplan.engine.evaluation.Evaluation;
import com.inferplan.engine.evaluation.EvaluationRequest;
import com.inferplan.engine.serving.StepTimeModel;
import com.inferplan.engine.transport.TransportProfile;

/**
 * One replica as planned by the engine: the request that planned it, the plan, its step times, its
 * capacity within the SLO, and the longest sequence it can hold (model context or KV cache). With
 * separate prefill workers the request, plan and step times are a decode worker's, {@code prefill} the
 * prefill worker's, and the capacity's pools say how many of each one replica holds.
 */
record ReplicaLayout(EvaluationRequest request, Evaluation evaluation, StepTimeModel model, SloCapacity capacity,
                     long maxSequenceTokens, PlannedWorker prefill) {

    ReplicaLayout(EvaluationRequest request, Evaluation evaluation, StepTimeModel model, SloCapacity capacity,
                  long maxSequenceTokens) {
        this(request, evaluation, model, capacity, maxSequenceTokens, null);
    }

    int chips() {
        Pools pools = capacity.pools();
        return pools == null ? evaluation.plan().chipsPerReplica() : pools.chips();
    }

    /** What the fleet's size and cost scale with: SLO capacity per chip. */
    double requestsPerSecondPerChip() {
        return capacity.requestsPerSecond() / chips();
    }

    /** "tp8 …", "2 prefill × tp4 … + 1 decode × tp8 …", or with other prefill silicon "2 prefill × tp4 … on nvidia-h100-sxm + …". */
    String label() {
        Pools pools = capacity.pools();
        String decode = evaluation.plan().parallelism().label();
        return pools == null ? decode : pools.prefillWorkers() + " prefill × "
                + prefill.evaluation().plan().parallelism().label()
                + (prefillOnOtherSilicon() ? " on " + prefill.evaluation().plan().hardware().id() : "") + " + "
                + pools.decodeWorkers() + " decode × " + decode;
    }

    private boolean prefillOnOtherSilicon() {
        return !prefill.evaluation().plan().hardware().id().equals(evaluation.plan().hardware().id());
    }

    /** What a two-pool replica is made of and how its prompts move, for the answer's notes; null with one pool. */
    String poolsNote() {
        Pools pools = capacity.pools();
        if (pools == null) {
            return null;
        }
        return "Separate prefill workers: each replica runs " + workers(pools.prefillWorkers(), "prefill") + " of "
                + chips(pools.prefillChips()) + " (" + prefill.evaluation().plan().parallelism().label() + ") and "
                + workers(pools.decodeWorkers(), "decode") + " of " + chips(pools.decodeChips()) + " ("
                + evaluation.plan().parallelism().label() + "), the smallest counts within "
                + Math.round(TwoPoolCapacity.NEAR_BEST * 100) + "% of the best requests/s per chip;"
                + " a prompt's KV cache moves to its decode worker in " + Quantities.format(pools.transferSeconds(), "s")
                + (prefillOnOtherSilicon() ? ". The prefill workers are " + prefill.evaluation().plan().hardware().id()
                + " chips paid at its catalog default price; the replica is counted in chips."
                : ". Both pools are paid as this option's chips.")
                + " TTFT adds the prefill side's and the decode side's simulated percentiles (an upper bound).";
    }

    private static String workers(int count, String kind) {
        return count + " " + kind + (count == 1 ? " worker" : " workers");
    }

    private static String chips(int count) {
        return Wording.units(count, FacilityUnit.CHIP);
    }

    ReplicaLoad load(Lengths lengths, TransportProfile transport, SloTarget slo) {
        return capacity.pools() == null ? LoadSimulation.of(model, lengths, maxSequenceTokens, transport, slo)
                : TwoPoolSimulation.of(prefill.model(), model, capacity.pools(), lengths, maxSequenceTokens, transport,
                slo);
    }
}
