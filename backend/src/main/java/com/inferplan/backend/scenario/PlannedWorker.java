package com.inferplan.backend.scenario;

import com.inferplan.engine.evaluation.Engine;
import com.inferplan.engine.evaluation.Evaluation;
import com.inferplan.engine.evaluation.EvaluationRequest;
import com.inferplan.engine.evaluation.InvalidEvaluationException;
import com.inferplan.engine.serving.StepTimeModel;
import java.util.function.Supplier;

/**
 * One worker of a candidate as the engine plans it on a number of chips: the request, the plan and its
 * step times, or ({@code failure} set, the rest null) why it cannot be planned or does not fit.
 */
record PlannedWorker(EvaluationRequest request, Evaluation evaluation, StepTimeModel model, String failure) {

    static PlannedWorker plan(Engine engine, Supplier<EvaluationRequest> requested) {
        EvaluationRequest request;
        Evaluation evaluation;
        try {
            request = requested.get();
            evaluation = engine.evaluate(request);
        } catch (InvalidEvaluationException e) {
            return new PlannedWorker(null, null, null, e.getMessage());
        }
        if (!evaluation.fits()) {
            return new PlannedWorker(null, null, null, evaluation.reason());
        }
        return new PlannedWorker(request, evaluation, engine.stepTimeModel(request, evaluation), null);
    }

    int chips() {
        return evaluation.plan().chipsPerReplica();
    }
}
