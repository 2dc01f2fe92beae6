package com.inferplan.engine.deployment;

import com.inferplan.catalog.Accelerator;
import com.inferplan.catalog.Precision;
import com.inferplan.engine.model.ContextLengthException;
import com.inferplan.engine.model.ModelArchitecture;
import java.util.Objects;

/**
 * What to deploy and for what load. Null {@code chips} lets the planner choose the fewest that
 * hold the model; null {@code tp}/{@code pp}/{@code ep} let it choose the layout. Null precisions
 * mean the model's native weights and, for KV, 16-bit (8-bit where the weights are 8-bit).
 * {@code batch} sequences of {@code contextTokens} each must fit in KV memory.
 * {@code attentionDataParallel}: the measured layout ran attention data-parallel over the tp ranks
 * (true) or not (false); null lets the stack's settings decide. {@code mtpDraftResident}: the stack drafts
 * with the model's multi-token-prediction layers, so their weights and KV are held beside the model's.
 */
public record DeploymentRequest(ModelArchitecture model, Accelerator hardware, Integer chips, Integer tp,
                                Integer pp, Integer ep, Precision weights, Precision kv, int batch,
                                int contextTokens, LayoutGoal goal, PlannerSettings settings,
                                Boolean attentionDataParallel, boolean mtpDraftResident) {

    public DeploymentRequest(ModelArchitecture model, Accelerator hardware, Integer chips, Integer tp, Integer pp,
                             Integer ep, Precision weights, Precision kv, int batch, int contextTokens, LayoutGoal goal,
                             PlannerSettings settings) {
        this(model, hardware, chips, tp, pp, ep, weights, kv, batch, contextTokens, goal, settings, null);
    }

    public DeploymentRequest(ModelArchitecture model, Accelerator hardware, Integer chips, Integer tp, Integer pp,
                             Integer ep, Precision weights, Precision kv, int batch, int contextTokens, LayoutGoal goal,
                             PlannerSettings settings, Boolean attentionDataParallel) {
        this(model, hardware, chips, tp, pp, ep, weights, kv, batch, contextTokens, goal, settings,
                attentionDataParallel, false);
    }

    /** The same request, holding the model's MTP layers or not. */
    public DeploymentRequest withMtpDraftResident(boolean resident) {
        return new DeploymentRequest(model, hardware, chips, tp, pp, ep, weights, kv, batch, contextTokens, goal,
                settings, attentionDataParallel, resident);
    }

    public DeploymentRequest {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(hardware, "hardware");
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(settings, "settings");
        positiveOrNull("chips", chips);
        positiveOrNull("tp", tp);
        positiveOrNull("pp", pp);
        positiveOrNull("ep", ep);
        if (batch < 1) {
            throw new InvalidDeploymentException("batch", batch, "must be at least 1 sequence");
        }
        if (contextTokens < 1) {
            throw new InvalidDeploymentException("contextTokens", contextTokens, "must be at least 1 token");
        }
        ContextLengthException.checkSequence("contextTokens", contextTokens, model.maxContext());
    }

    private static void positiveOrNull(String field, Integer value) {
        if (value != null && value < 1) {
            throw new InvalidDeploymentException(field, value, "must be at least 1 (or empty to let the planner choose)");
        }
    }
}
