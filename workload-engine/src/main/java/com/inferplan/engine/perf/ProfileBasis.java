package com.inferplan.engine.perf;

import com.inferplan.catalog.Precision;
import com.inferplan.engine.model.LayerGroup;
import com.inferplan.engine.model.ModelArchitecture;
import com.inferplan.engine.profile.ExecutionProfile;
import com.inferplan.engine.profile.ExpertActivation;
import com.inferplan.engine.profile.Operator;
import com.inferplan.engine.profile.OperatorGroup;
import com.inferplan.engine.profile.OperatorKind;
import com.inferplan.engine.profile.ProfileRequest;
import com.inferplan.engine.profile.Profiler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns the analytic profiler's output into per-operator linear coefficients, so a step of any
 * batch and context costs a few multiplications instead of a new profile. Four profiles at small
 * sizes (below every sliding window) identify the coefficients exactly, because the profiler's
 * counts are linear in tokens, sequences, attended pairs and positions read:
 * D1 decode b=1 ctx=c, D2 decode b=2 ctx=c, D3 decode b=1 ctx=2c, P prefill b=1 of p tokens.
 * Experts are profiled as touching exactly one expert so their weight bytes come out per expert.
 * Results are cached per model and precisions.
 */
final class ProfileBasis {

    private static final String MLP_NORM = "mlp_norm";
    private static final int C = 8;
    private static final int P = 8;
    private static final ExpertActivation ONE_EXPERT = (moe, tokens) -> 1.0;
    private static final Map<String, List<OperatorCoefficients>> CACHE = new ConcurrentHashMap<>();

    private ProfileBasis() {
    }

    static List<OperatorCoefficients> of(ModelArchitecture model, Precision weights, Precision kv) {
        String key = model.id() + '|' + model.hashCode() + '|' + weights + '|' + kv;
        return CACHE.computeIfAbsent(key, k -> extract(model, weights, kv));
    }

    private static List<OperatorCoefficients> extract(ModelArchitecture checkpoint, Precision weights, Precision kv) {
        // the model as a stack executes it: a 32-bit checkpoint at 16 bits, as ModelFootprint sizes it
        ModelArchitecture model = checkpoint.withNativePrecisions(checkpoint.nativePrecisions().served());
        List<Operator> d1 = operators(model, ProfileRequest.decode(1, C), weights, kv);
        List<Operator> d2 = operators(model, ProfileRequest.decode(2, C), weights, kv);
        List<Operator> d3 = operators(model, ProfileRequest.decode(1, 2 * C), weights, kv);
        List<Operator> pf = operators(model, ProfileRequest.prefill(1, 0, P), weights, kv);
        int[][] placement = placement(model, d1.size());
        List<OperatorCoefficients> result = new ArrayList<>(d1.size());
        boolean samePrefillOperators = sameOperators(d1, pf);
        for (int i = 0; i < d1.size(); i++) {
            Operator prefill = samePrefillOperators ? pf.get(i) : null;
            result.add(solve(d1.get(i), d2.get(i), d3.get(i), prefill, placement[0][i], placement[1][i] != 0,
                    placement[2][i]));
        }
        return List.copyOf(result);
    }

    /**
     * Solves one operator's coefficients. {@code pf} is null when the prefill profile uses other
     * operators than decode (MLA runs expanded in prefill, absorbed in decode); then the decode
     * per-sequence cost is charged per token, except for the head, which runs once per sequence.
     */
    private static OperatorCoefficients solve(Operator d1, Operator d2, Operator d3, Operator pf, int group,
                                              boolean attentionBlock, int window) {
        double pairsD1 = C + 1;
        double prefillPairs = P * (P + 1) / 2.0;
        double fA = (d3.flops() - d1.flops()) / C;
        double fTS = d2.flops() - d1.flops() - fA * pairsD1;
        double f0 = 2 * d1.flops() - d2.flops();
        double s1 = streamed(d1);
        double bR = (streamed(d3) - s1) / C;
        double bTS = streamed(d2) - s1 - bR * pairsD1;
        boolean perSequence = d1.kind() == OperatorKind.LM_HEAD || d1.kind() == OperatorKind.SAMPLING;
        double fT = pf != null ? (pf.flops() - f0 - fA * prefillPairs - fTS) / (P - 1) : perSequence ? 0 : fTS;
        double bT = pf != null ? (streamed(pf) - bR * P - bTS) / (P - 1) : perSequence ? 0 : bTS;
        return new OperatorCoefficients(d1.name(), d1.kind(), group, attentionBlock, d1.layerCount(), window,
                d1.computePrecision(),
                f0, fT, fTS - fT, fA, d1.weightBytes(), bT, bTS - bT, bR);
    }

    private static boolean sameOperators(List<Operator> a, List<Operator> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).name().equals(b.get(i).name())) {
                return false;
            }
        }
        return true;
    }

    private static double streamed(Operator op) {
        return op.bytes() - op.weightBytes();
    }

    private static List<Operator> operators(ModelArchitecture model, ProfileRequest request, Precision weights,
                                            Precision kv) {
        ExecutionProfile profile = Profiler.profile(model, request.withWeights(weights).withKv(kv), ONE_EXPERT);
        return profile.operators();
    }

    /**
     * Group index, attention-block flag (1 from a layer group's first operator up to its
     * {@code mlp_norm}) and sliding window of each operator, in profile order; the edge groups
     * (embedding first, head last) have no window and no attention block.
     */
    private static int[][] placement(ModelArchitecture model, int operatorCount) {
        List<LayerGroup> groups = model.layerGroups();
        ExecutionProfile shape = Profiler.profile(model, ProfileRequest.decode(1, C), ONE_EXPERT);
        int[][] placement = new int[3][operatorCount];
        int index = 0;
        List<OperatorGroup> opGroups = shape.groups();
        for (int g = 0; g < opGroups.size(); g++) {
            boolean layerGroup = g > 0 && g <= groups.size();
            int window = layerGroup ? groups.get(g - 1).window().slidingTokens() : 0;
            boolean attention = layerGroup;
            for (Operator op : opGroups.get(g).operators()) {
                attention &= !op.name().equals(MLP_NORM);
                placement[0][index] = g;
                placement[1][index] = attention ? 1 : 0;
                placement[2][index++] = window;
            }
        }
        return placement;
    }
}
