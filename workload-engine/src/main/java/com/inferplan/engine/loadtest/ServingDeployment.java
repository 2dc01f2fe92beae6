package com.inferplan.engine.loadtest;

import com.inferplan.engine.deployment.DeploymentPlan;
import com.inferplan.engine.serving.StepTimeModel;

/**
 * A planned deployment ready to simulate: the plan of one deployment, the step times of one of its
 * replicas, and how many identical deployments ({@code copies}) share the traffic.
 */
public record ServingDeployment(DeploymentPlan plan, StepTimeModel stepTimeModel, int copies) {

    /** Replicas behind the router: each copy's data-parallel replicas. */
    public int replicas() {
        return plan.replicas() * copies;
    }

    public int totalChips() {
        return plan.chips() * copies;
    }
}
