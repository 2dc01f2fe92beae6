package com.inferplan.engine.loadtest;

import com.inferplan.engine.serving.StepTimeModel;

/**
 * A quick estimate of the request rate that keeps every replica busy, from the step-time model alone:
 * a full batch (the stack's limit, or as many typical requests as the KV cache holds) decoding at
 * half the answer's length into context, plus each prompt prefilled on its own. It overstates prefill
 * (no piggy-backing on decode steps) and ignores queueing, so it is a bracket, not an answer.
 */
final class SaturationRate {

    private SaturationRate() {
    }

    static double requestsPerSecond(ServingDeployment deployment, WorkloadShape workload) {
        StepTimeModel model = deployment.stepTimeModel();
        double input = workload.inputMeanTokens();
        double output = workload.outputMeanTokens();
        int batch = (int) Math.max(1, Math.min(model.maxBatch(), model.kvCapacityTokens() / (input + output + model.stateTokensPerSequence())));
        long context = Math.round(input + output / 2);
        double decodeStepSeconds = model.iterationSeconds(batch, batch * context, 0, 0);
        int prompt = (int) Math.max(1, Math.round(input));
        double prefillSeconds = model.iterationSeconds(0, 0, prompt, (long) prompt * (prompt + 1) / 2);
        double secondsPerRequest = prefillSeconds + output * decodeStepSeconds / batch;
        return deployment.replicas() / secondsPerRequest;
    }
}
