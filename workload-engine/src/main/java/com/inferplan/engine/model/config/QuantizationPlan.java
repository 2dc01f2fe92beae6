package com.inferplan.engine.model.config;

import com.inferplan.catalog.Precision;
import com.inferplan.engine.model.Int4Packing;
import com.inferplan.engine.model.ModelArchitecture;
import com.inferplan.engine.model.TensorGroup;
import com.inferplan.engine.model.WeightPrecisions;
import java.util.Set;

/**
 * What a checkpoint's {@code quantization_config} says: the groups its method quantises, to which
 * precision, and the modules it keeps in the base dtype. A group whose elements the exemptions
 * cover at least half of stays in the base dtype; the precisions are per group, so a list that
 * exempts part of a group (one projection, a few layers) is rounded to its larger part.
 * {@code int4Packing} is the INT4 group layout it states (null otherwise).
 */
record QuantizationPlan(Precision base, Precision quantized, Set<TensorGroup> targets, ModuleExemptions exemptions,
                        Int4Packing int4Packing) {

    static QuantizationPlan none(Precision base) {
        return new QuantizationPlan(base, base, Set.of(), new ModuleExemptions(java.util.List.of()), null);
    }

    WeightPrecisions precisionsFor(ModelArchitecture a) {
        return new WeightPrecisions(of(a, TensorGroup.ATTENTION), of(a, TensorGroup.DENSE_MLP),
                of(a, TensorGroup.ROUTED_EXPERTS), of(a, TensorGroup.ROUTER), of(a, TensorGroup.EMBEDDING),
                of(a, TensorGroup.LM_HEAD), base, hasSharedExperts(a) ? of(a, TensorGroup.SHARED_EXPERTS) : null,
                int4Packing);
    }

    /** Without shared experts their precision is left to follow the routed ones (as built-in files do). */
    private static boolean hasSharedExperts(ModelArchitecture a) {
        return a.isMoe() && a.moe().sharedExperts() > 0;
    }

    private Precision of(ModelArchitecture a, TensorGroup group) {
        if (!targets.contains(group)) {
            return base;
        }
        return CheckpointModules.coveredShare(a, group, exemptions) >= 0.5 ? base : quantized;
    }
}
