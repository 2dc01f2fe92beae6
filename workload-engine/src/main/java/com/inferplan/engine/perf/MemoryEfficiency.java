package com.inferplan.engine.perf;

import com.inferplan.catalog.Precision;
import com.inferplan.engine.profile.OperatorKind;
import java.util.Map;

/**
 * Fractions of memory bandwidth per operator kind. Weights stored in a 4-bit format on a chip that
 * multiplies them in a 16-bit one (MXFP4 on Hopper: gpt-oss's Triton MoE kernels with BF16
 * activations) are unpacked and rescaled in registers between load and multiply; such kernels stream
 * their weights at {@code dequantisingWeightScale} of a native kernel's rate.
 */
public record MemoryEfficiency(KindTable byKind, double dequantisingWeightScale) {

    public MemoryEfficiency {
        if (!(dequantisingWeightScale > 0 && dequantisingWeightScale <= 1)) {
            throw new InvalidPerformanceInputException("dequantisingWeightMemoryScale", dequantisingWeightScale,
                    "must be in (0, 1]");
        }
    }

    public static MemoryEfficiency uniform(KindTable table) {
        return new MemoryEfficiency(table, 1);
    }

    /** The rate of activation, KV and state traffic. */
    public double of(OperatorKind kind) {
        return byKind.get(kind);
    }

    /** The rate at which an operator streams weights stored in {@code stored} and multiplied at {@code computedAt}. */
    public double weights(OperatorKind kind, Precision stored, Precision computedAt) {
        boolean dequantised = stored.bitsPerElement() < 8 && computedAt.bitsPerElement() >= 16;
        return byKind.get(kind) * (dequantised ? dequantisingWeightScale : 1);
    }

    /** Every rate multiplied by {@code factor}, capped at 1 (a calibration multiplier). */
    public MemoryEfficiency scaled(double factor) {
        return new MemoryEfficiency(byKind.scaled(factor), dequantisingWeightScale);
    }

    public Map<OperatorKind, Double> asMap() {
        return byKind.asMap();
    }
}
