package com.inferplan.engine.profile;

import com.inferplan.engine.model.ParameterCount;
import java.util.ArrayList;
import java.util.List;

/**
 * The operators of one step of one model, with whole-step totals, KV cache rates and the model's
 * weight footprint at the chosen precisions.
 */
public record ExecutionProfile(
        String modelId,
        ProfileRequest request,
        List<OperatorGroup> groups,
        ProfileTotals totals,
        ParameterCount parameters,
        KvCacheLayout kvCache,
        double modelWeightBytes) {

    public ExecutionProfile {
        groups = List.copyOf(groups);
    }

    /** Every operator in execution order (layer groups listed once with their layer count). */
    public List<Operator> operators() {
        List<Operator> all = new ArrayList<>();
        for (OperatorGroup group : groups) {
            all.addAll(group.operators());
        }
        return all;
    }

    public double flops() {
        return totals.flops();
    }

    public double bytes() {
        return totals.bytes();
    }

    public double arithmeticIntensity() {
        return totals.arithmeticIntensity();
    }

    public double kvBytesPerTokenPerLayer() {
        return kvCache.bytesPerTokenPerLayer();
    }

    public double kvBytesPerToken() {
        return kvCache.bytesPerToken();
    }
}
