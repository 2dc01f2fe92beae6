package com.inferplan.engine.profile;

import com.inferplan.engine.model.ContextLengthException;
import com.inferplan.engine.model.LayerGroup;
import com.inferplan.engine.model.ModelArchitecture;
import com.inferplan.engine.model.ParameterCount;
import com.inferplan.engine.model.WeightInventory;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Builds the analytic {@link ExecutionProfile} of one prefill or decode step. Identical layers are
 * profiled once (see {@link ModelArchitecture#layerGroups()}), so a profile is a few dozen operators
 * whatever the depth. Counting rules: docs/decisions/0200-profile-flop-and-byte-counting.md.
 */
public final class Profiler {

    private Profiler() {
    }

    public static ExecutionProfile profile(ModelArchitecture arch, ProfileRequest request) {
        return profile(arch, request, ExpertActivation.expected());
    }

    public static ExecutionProfile profile(ModelArchitecture arch, ProfileRequest request, ExpertActivation experts) {
        Objects.requireNonNull(arch, "arch");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(experts, "experts");
        ContextLengthException.checkCachedAndNew("context", request.context(), request.newTokensPerSequence(),
                arch.maxContext());
        StepShape shape = StepShape.of(arch, request);
        List<OperatorGroup> groups = new ArrayList<>(4);
        groups.add(EdgeOperators.embedding(shape));
        for (LayerGroup layers : arch.layerGroups()) {
            groups.add(layerGroup(shape, layers, experts));
        }
        groups.add(EdgeOperators.head(shape));
        return new ExecutionProfile(arch.id(), request, groups, ProfileTotals.of(groups), ParameterCount.of(arch),
                KvCacheLayout.of(arch, request.kv()), WeightInventory.bytes(arch, shape.weights()));
    }

    private static OperatorGroup layerGroup(StepShape s, LayerGroup layers, ExpertActivation experts) {
        LayerOps ops = new LayerOps(s, layers.layerCount());
        ModelArchitecture a = s.arch();
        double tokens = s.tokens();
        ops.norm("attn_norm", tokens, a.hidden());
        if (layers.linear()) {
            LinearAttentionOperators.add(ops, s);
        } else if (a.usesMla()) {
            MlaOperators.add(ops, s, layers.window());
        } else {
            AttentionOperators.add(ops, s, layers.window());
        }
        if (a.family().sandwichNorms()) {
            ops.norm("post_attn_norm", tokens, a.hidden());
        }
        ops.residual("attn_residual");
        if (!layers.mlp()) {
            return ops.toGroup(layers.name());
        }
        ops.norm("mlp_norm", tokens, a.hidden());
        if (layers.moe() && a.family().denseMlpBesideExperts()) {
            MlpOperators.moeBesideDense(ops, s, experts);
        } else if (layers.moe()) {
            MlpOperators.moe(ops, s, experts);
        } else {
            MlpOperators.dense(ops, s);
        }
        if (a.family().sandwichNorms()) {
            ops.norm("post_mlp_norm", tokens, a.hidden());
        }
        ops.residual("mlp_residual");
        return ops.toGroup(layers.name());
    }
}
