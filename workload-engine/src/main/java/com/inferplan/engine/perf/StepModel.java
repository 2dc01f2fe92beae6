package com.inferplan.engine.perf;

import com.inferplan.catalog.Precision;
import com.inferplan.engine.deployment.DeploymentPlan;
import com.inferplan.engine.model.ModelArchitecture;
import com.inferplan.engine.profile.ExpertActivation;
import java.util.List;

/**
 * Iteration time of one replica of a plan for any {@link StepWork}. Implementations precompute
 * everything that does not depend on the work, so {@link #cost} is a loop over a few dozen
 * operators without allocation besides its result.
 */
abstract class StepModel {

    /** Activations cross chips in 16-bit. */
    static final double ACTIVATION_BYTES = 2;

    final DeploymentPlan plan;
    final Efficiencies eff;
    final PlacedOperators placed;
    final ModelArchitecture model;
    final int layers;
    /** Counted once: a step is costed thousands of times per simulation, and counting walks every layer. */
    final int moeLayers;

    StepModel(DeploymentPlan plan, Efficiencies eff, PlacedOperators placed) {
        this.plan = plan;
        this.eff = eff;
        this.placed = placed;
        this.model = plan.model();
        this.layers = model.layers();
        this.moeLayers = model.moeLayerCount();
    }

    /** @param sink receives one timing per operator when not null (explanations only) */
    abstract StepCost cost(StepWork work, List<OperatorTiming> sink);

    /** Pipeline stages a step's microbatches flow through. */
    abstract int pipelineDepth();

    /** Microbatches a step is cut into so that pipeline stages overlap (at most the depth). */
    abstract int microbatches(StepWork work);

    /** Distinct routed experts touched by {@code tokens} tokens in one MoE layer (uniform routing). */
    double distinctExperts(double tokens) {
        if (!model.isMoe() || tokens <= 0) {
            return 0;
        }
        return ExpertActivation.expectedDistinct(model.moe().experts(), model.moe().topK(), Math.round(Math.max(1, tokens)));
    }

    /**
     * Experts the busiest of {@code ranks} expert-parallel ranks holds among {@code distinct}
     * touched: the mean plus the balls-into-bins excess √(2·mean·ln ranks), at most its share.
     */
    double busiestRankExperts(double distinct, int ranks) {
        if (ranks <= 1) {
            return distinct;
        }
        double mean = distinct / ranks;
        double perRank = (double) model.moe().experts() / ranks;
        return Math.min(Math.min(perRank, distinct), mean + Math.sqrt(2 * mean * Math.log(ranks)));
    }

    static void record(List<OperatorTiming> sink, OperatorCoefficients op, Precision computedAt, double flops,
                       double bytes, double computeSeconds, double memorySeconds) {
        if (sink != null) {
            sink.add(new OperatorTiming(op.name(), op.kind(), op.layerCount(), flops, bytes, computeSeconds,
                    memorySeconds, computeSeconds >= memorySeconds ? Bottleneck.COMPUTE : Bottleneck.MEMORY,
                    op.precision(), computedAt));
        }
    }
}
