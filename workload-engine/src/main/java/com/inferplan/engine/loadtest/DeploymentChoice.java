package com.inferplan.engine.loadtest;

import com.inferplan.catalog.Accelerator;
import com.inferplan.engine.model.ModelArchitecture;
import com.inferplan.engine.serving.validation.InvalidInputException;
import com.inferplan.engine.serving.validation.Require;

/**
 * What to serve on: a model on one kind of hardware, the chips of one deployment ({@code null}: the
 * fewest that hold the model, as the planner chooses) and how many identical deployments share the
 * traffic behind one router.
 */
public record DeploymentChoice(ModelArchitecture model, Accelerator hardware, Integer chips, int copies) {

    /** More replicas than this is a data-centre fleet, not one serving deployment. */
    public static final int MAX_COPIES = 1_024;

    public DeploymentChoice {
        Require.present("model", model);
        Require.present("hardware", hardware);
        if (chips != null) {
            Require.positive("chips", chips);
        }
        Require.positive("replicas", copies);
        if (copies > MAX_COPIES) {
            throw new InvalidInputException("replicas", copies, "must be at most " + MAX_COPIES);
        }
    }
}
