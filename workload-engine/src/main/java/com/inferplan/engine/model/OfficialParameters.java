package com.inferplan.engine.model;

import java.util.List;
import java.util.Objects;

/**
 * A publisher's parameter figures, in billions as printed. {@code activeCountsInputEmbedding}
 * records the publisher's convention for the active figure (see {@link ParameterCount}). A figure
 * printed rounded ("1T", "230B", Qwen's truncated "3.3B") carries the range of counts it stands
 * for, {@code [low, high)} in billions ({@code totalRange}, {@code activeRange}); without one a
 * figure stands for itself ± 1%. {@code activeCountsOutputHead} false: the active figure leaves out
 * the untied output head as well (GLM-4.5); absent means it is counted.
 * {@code unmodelledTotalBillions}: what the published total counts beyond the language model
 * InferPlan describes (Llama 4 Scout's figure is the checkpoint's, vision encoder included), added
 * to the computed total before comparing; absent means 0.
 */
public record OfficialParameters(double totalBillions, double activeBillions, boolean activeCountsInputEmbedding,
                                 List<Double> totalRange, List<Double> activeRange, Citation source,
                                 Boolean activeCountsOutputHead, Double unmodelledTotalBillions) {

    private static final double TOLERANCE = 0.01;

    public OfficialParameters {
        Objects.requireNonNull(source, "source");
        totalRange = range("totalRange", totalRange, totalBillions);
        activeRange = range("activeRange", activeRange, activeBillions);
        activeCountsOutputHead = activeCountsOutputHead == null || activeCountsOutputHead;
        unmodelledTotalBillions = unmodelledTotalBillions == null ? 0.0 : unmodelledTotalBillions;
        if (!(unmodelledTotalBillions >= 0)) {
            throw new IllegalArgumentException("unmodelledTotalBillions must be >= 0, got " + unmodelledTotalBillions);
        }
    }

    /** The computed active count under this publisher's convention. */
    public long comparableActive(ParameterCount computed) {
        long active = activeCountsInputEmbedding ? computed.active() : computed.activeExcludingEmbedding();
        return activeCountsOutputHead ? active : active - computed.untiedOutputHead();
    }

    /** Whether the language model's computed total, plus the part the figure counts beyond it, matches. */
    public boolean acceptsTotal(long parameters) {
        return inRange(totalRange, parameters + Math.round(unmodelledTotalBillions * 1e9));
    }

    public boolean acceptsActive(long parameters) {
        return inRange(activeRange, parameters);
    }

    private static boolean inRange(List<Double> range, long parameters) {
        double billions = parameters / 1e9;
        return billions >= range.get(0) && billions < range.get(1);
    }

    private static List<Double> range(String name, List<Double> given, double figure) {
        if (given == null) {
            return List.of(figure * (1 - TOLERANCE), figure * (1 + TOLERANCE));
        }
        if (given.size() != 2 || !(given.get(0) <= figure) || !(figure <= given.get(1))) {
            throw new IllegalArgumentException(name + " must be [low, high] around the printed figure " + figure
                    + ", got " + given);
        }
        return List.copyOf(given);
    }
}
