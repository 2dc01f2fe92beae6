package com.inferplan.engine.loadtest;

import com.inferplan.engine.evaluation.Engine;
import com.inferplan.engine.evaluation.Evaluation;
import com.inferplan.engine.evaluation.EvaluationRequest;

/**
 * Plans a deployment for serving through the same engine as single-request evaluations. The plan is
 * sized to hold the weights and one sequence of the workload's typical length; every byte left over
 * becomes paged KV cache, which is what a serving engine does with it (vLLM's
 * {@code gpu_memory_utilization}), so concurrency is then limited by the simulator's KV accounting.
 */
public final class ServingPlanner {

    private ServingPlanner() {
    }

    /** Plans for the workload's mean prompt and answer lengths. */
    public static ServingDeployment plan(Engine engine, DeploymentChoice choice, WorkloadShape workload) {
        return plan(engine, choice, tokens(workload.inputMeanTokens()), tokens(workload.outputMeanTokens()));
    }

    /**
     * @param inputTokens  a typical prompt, tokens (the workload's mean)
     * @param outputTokens a typical answer, tokens
     * @throws DeploymentDoesNotFitException with the planner's reason when nothing fits
     */
    public static ServingDeployment plan(Engine engine, DeploymentChoice choice, int inputTokens, int outputTokens) {
        EvaluationRequest request = EvaluationRequest.singleStream(choice.model(), choice.hardware(), choice.chips(),
                inputTokens, outputTokens);
        Evaluation evaluation = engine.evaluate(request);
        if (!evaluation.fits()) {
            throw new DeploymentDoesNotFitException(choice, evaluation.reason());
        }
        return new ServingDeployment(evaluation.plan(), engine.stepTimeModel(request, evaluation), choice.copies());
    }

    private static int tokens(double mean) {
        return (int) Math.max(1, Math.round(mean));
    }
}
