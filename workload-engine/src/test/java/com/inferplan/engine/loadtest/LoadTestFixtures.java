package com.inferplan.engine.loadtest;

import com.inferplan.catalog.HardwareCatalog;
import com.inferplan.engine.evaluation.Engine;
import com.inferplan.engine.model.ModelCatalog;
import com.inferplan.engine.serving.StepTimeModel;

/** A real plan (Llama 3.1 8B on one H100) to carry analytic step-time models in tests. */
final class LoadTestFixtures {

    static final Engine ENGINE = Engine.builtIn();

    private LoadTestFixtures() {
    }

    static DeploymentChoice choice(String model, String hardware, Integer chips, int copies) {
        return new DeploymentChoice(ModelCatalog.builtIn().require(model), HardwareCatalog.builtIn().require(hardware),
                chips, copies);
    }

    /** The 8B-on-H100 plan with {@code steps} in place of the performance model's step times. */
    static ServingDeployment withSteps(StepTimeModel steps, int copies) {
        ServingDeployment real = ServingPlanner.plan(ENGINE, choice("llama-3.1-8b", "nvidia-h100-sxm", 1, 1), 100, 10);
        return new ServingDeployment(real.plan(), steps, copies);
    }
}
