package com.inferplan.engine.perf;

import com.inferplan.catalog.Precision;
import com.inferplan.engine.profile.OperatorKind;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Fractions of peak compute per operator kind under one stack. A stack's MoE path is not one
 * kernel: TensorRT-LLM runs gpt-oss's MXFP4 experts on kernels written for that format, and its
 * generic grouped-GEMM path (FP8 block-scale, NVFP4) for the rest. {@code stack} holds the generic
 * path's rates; expert GEMMs whose weight format is in {@code fullRateExpertWeights} run at
 * {@code fullRateExpertGemm}, the family's expert rate before the stack's expert-specific factor.
 */
public record ComputeEfficiency(KindTable stack, double fullRateExpertGemm, Set<Precision> fullRateExpertWeights) {

    public ComputeEfficiency {
        if (!(fullRateExpertGemm > 0 && fullRateExpertGemm <= 1)) {
            throw new InvalidPerformanceInputException("efficiency.EXPERT_GEMM", fullRateExpertGemm, "must be in (0, 1]");
        }
        fullRateExpertWeights = fullRateExpertWeights.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(fullRateExpertWeights));
    }

    /** One table for every operator, whatever its precision. */
    public static ComputeEfficiency uniform(KindTable table) {
        return new ComputeEfficiency(table, table.get(OperatorKind.EXPERT_GEMM), Set.of());
    }

    /** The fraction of the peak at {@code precision} that an operator of {@code kind} reaches. */
    public double of(OperatorKind kind, Precision precision) {
        return kind == OperatorKind.EXPERT_GEMM && fullRateExpertWeights.contains(precision)
                ? fullRateExpertGemm : stack.get(kind);
    }

    /** Every rate multiplied by {@code factor}, capped at 1 (a calibration multiplier). */
    public ComputeEfficiency scaled(double factor) {
        return new ComputeEfficiency(stack.scaled(factor), Math.min(1, fullRateExpertGemm * factor), fullRateExpertWeights);
    }

    /** The rate of each kind for a model whose experts are stored in {@code expertWeights}. */
    public Map<OperatorKind, Double> asMap(Precision expertWeights) {
        Map<OperatorKind, Double> map = stack.asMap();
        map.put(OperatorKind.EXPERT_GEMM, of(OperatorKind.EXPERT_GEMM, expertWeights));
        return map;
    }
}
