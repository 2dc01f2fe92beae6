package com.inferplan.engine.perf;

import com.inferplan.engine.deployment.DeploymentPlan;
import com.inferplan.engine.deployment.ServingStyle;
import com.inferplan.engine.serving.StepTimeModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Step times of one replica of a deployment plan. Built once per plan (operator coefficients,
 * achieved rates, link figures); each query is then a loop over the model's few dozen operators.
 * Steady-state iterations (decode under continuous batching) cost one microbatch's trip through
 * the pipeline; a standalone batch (a prompt batch starting cold) adds the pipeline fill,
 * (m − 1)/depth more stage passes for m microbatches.
 */
public final class PerformanceModel {

    private final DeploymentPlan plan;
    private final Efficiencies efficiencies;
    private final StepModel steps;
    private final List<String> fallbacks;

    private PerformanceModel(DeploymentPlan plan, Efficiencies efficiencies, StepModel steps, List<String> fallbacks) {
        this.plan = plan;
        this.efficiencies = efficiencies;
        this.steps = steps;
        this.fallbacks = fallbacks;
    }

    /** @throws UnsupportedPrecisionException when an operator's precision has no peak on the chip */
    public static PerformanceModel of(DeploymentPlan plan, Efficiencies efficiencies) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(efficiencies, "efficiencies");
        List<OperatorCoefficients> ops = ProfileBasis.of(plan.model(), plan.weightPrecision(), plan.kvPrecision());
        PlacedOperators placed = new PlacedOperators(plan, efficiencies, ops);
        Links links = Links.of(plan.hardware(), efficiencies);
        StepModel steps = plan.style() == ServingStyle.SPATIAL
                ? new SpatialStepModel(plan, efficiencies, placed, links)
                : new TemporalStepModel(plan, efficiencies, placed, links);
        return new PerformanceModel(plan, efficiencies, steps, placed.fallbacks);
    }

    public DeploymentPlan plan() {
        return plan;
    }

    public Efficiencies efficiencies() {
        return efficiencies;
    }

    /** Precision fallbacks the chip forced, e.g. "GEMM at fp4 runs at the fp8 peak". */
    public List<String> fallbacks() {
        return fallbacks;
    }

    /** One decode iteration of {@code batch} sequences whose contexts average {@code contextPerSequence}. */
    public StepCost decodeStep(double batch, double contextPerSequence) {
        return steps.cost(StepWork.decode(batch, contextPerSequence), null);
    }

    /** Prefill of {@code sequences} prompts of {@code promptTokens} each, as one cold batch. */
    public StepCost prefill(double sequences, double promptTokens) {
        return standalone(StepWork.prefill(sequences, promptTokens));
    }

    /** A steady-state iteration (pipeline already full), as the serving simulator runs them. */
    public StepCost iteration(StepWork work) {
        return steps.cost(work, null);
    }

    /** A batch that starts on an idle pipeline: one microbatch's trip plus the fill of the others. */
    public StepCost standalone(StepWork work) {
        int micro = steps.microbatches(work);
        StepCost trip = steps.cost(work, null);
        return micro <= 1 ? trip : trip.times(1 + (micro - 1.0) / steps.pipelineDepth());
    }

    /** Per-operator timings of a steady-state iteration, for explanations. */
    public List<OperatorTiming> explain(StepWork work) {
        List<OperatorTiming> timings = new ArrayList<>();
        steps.cost(work, timings);
        return List.copyOf(timings);
    }

    /** This plan as the serving simulator's step-time model, admitting at most {@code maxBatch} sequences. */
    public StepTimeModel stepTimeModel(int maxBatch) {
        return new DeploymentStepTimeModel(this, Math.max(1, plan.kvCapacityTokens()), maxBatch,
                plan.stateTokensPerSequence());
    }
}
