package com.inferplan.backend.scenario;

import com.inferplan.engine.evaluation.Evaluation;
import com.inferplan.engine.evaluation.EvaluationRequest;
import com.inferplan.engine.serving.StepTimeModel;

/**
 * One replica as planned by the engine: the request that planned it, the plan, its step times, its
 * capacity within the SLO, and the longest sequence it can hold (model context or KV cache).
 */
record ReplicaLayout(EvaluationRequest request, Evaluation evaluation, StepTimeModel model, SloCapacity capacity,
                     long maxSequenceTokens) {

    int chips() {
        return evaluation.plan().chipsPerReplica();
    }

    /** What the fleet's size and cost scale with: SLO capacity per chip. */
    double requestsPerSecondPerChip() {
        return capacity.requestsPerSecond() / chips();
    }
}
