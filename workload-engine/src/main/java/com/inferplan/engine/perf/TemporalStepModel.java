package com.inferplan.engine.perf;

import com.inferplan.engine.deployment.DeploymentPlan;
import com.inferplan.engine.profile.OperatorKind;
import java.util.List;

/**
 * Per-operator roofline on one chip of a tensor-parallel group, summed over all layers: time =
 * max(FLOPs / achieved FLOP/s, weight bytes · s/B(weight tier) + other bytes · s/B(working tier))
 * (the sum of the two where the family does not overlap them),
 * plus tensor-parallel all-reduces (two per layer), expert all-to-alls, pipeline sends and fixed
 * overheads. Pipeline stages run microbatches: one step's latency is one microbatch's trip through
 * every stage, while the other microbatches keep the remaining stages busy.
 *
 * <p>Under attention data parallelism (MoE at maximum load on TensorRT-LLM) each rank runs the
 * attention block for its own 1/tp of the sequences with the whole attention weights and its own
 * whole-head KV cache, so nothing is reduced after attention; the ranks exchange tokens with the
 * experts in an all-to-all before and after every MoE layer.
 */
final class TemporalStepModel extends StepModel {

    private final int tp;
    private final int pp;
    private final int ep;
    private final boolean attentionDp;
    private final double[] flopShare;
    private final double[] streamShare;
    private final double[] positionShare;
    private final Links links;

    TemporalStepModel(DeploymentPlan plan, Efficiencies eff, PlacedOperators placed, Links links) {
        super(plan, eff, placed);
        this.tp = plan.parallelism().tp();
        this.pp = plan.parallelism().pp();
        this.ep = Math.min(plan.parallelism().ep(), Math.max(1, tp));
        this.attentionDp = plan.parallelism().attentionDataParallel();
        this.links = links;
        int n = placed.size();
        flopShare = new double[n];
        streamShare = new double[n];
        positionShare = new double[n];
        int kvShards = plan.model().usesMla() ? 1 : Math.min(tp, plan.model().kvHeads());
        // a rank holds ceil(heads / tp) heads: 1 / tp of them where tp divides the heads, more where the stack pads
        double headShare = Math.ceil((double) plan.model().heads() / tp) / plan.model().heads();
        for (int i = 0; i < n; i++) {
            OperatorCoefficients op = placed.ops.get(i);
            OperatorKind kind = op.kind();
            boolean replicated = kind == OperatorKind.NORM || kind == OperatorKind.ROUTER || kind == OperatorKind.SAMPLING
                    || attentionDp && op.attentionBlock();
            double share = op.attentionBlock() ? headShare : 1.0 / tp;
            flopShare[i] = replicated ? 1 : share;
            boolean split = kind == OperatorKind.ATTENTION || kind == OperatorKind.ELEMENTWISE
                    || kind == OperatorKind.SHORT_CONV || kind == OperatorKind.LINEAR_ATTENTION;
            streamShare[i] = split && !(attentionDp && op.attentionBlock()) ? share : 1;
            positionShare[i] = attentionDp ? 1 : 1.0 / kvShards;
        }
    }

    @Override
    int pipelineDepth() {
        return pp;
    }

    /** Whole sequences are the microbatches (engines do not split one prompt across stages). */
    @Override
    int microbatches(StepWork work) {
        return (int) Math.max(1, Math.min(pp, Math.ceil(work.sequences())));
    }

    @Override
    StepCost cost(StepWork work, List<OperatorTiming> sink) {
        int micro = microbatches(work);
        StepWork w = micro > 1 ? work.divide(micro) : work;
        StepWork perRank = attentionDp ? w.busiestRankOf(tp) : w;
        double distinct = distinctExperts(w.tokens());
        double busiest = busiestRankExperts(distinct, ep);
        double skew = distinct > 0 ? busiest / (distinct / ep) : 1;
        double expertWeightFactor = busiest / Math.max(1, tp / ep);
        double compute = 0;
        double memory = 0;
        for (int i = 0; i < placed.size(); i++) {
            OperatorCoefficients op = placed.ops.get(i);
            StepWork own = attentionDp && op.attentionBlock() ? perRank : w;
            double tokens = own.tokens();
            double sequences = own.sequences();
            double flops = op.flops(tokens, sequences, own.pairs(op.window())) * flopShare[i];
            double weights = op.weightBytes() * flopShare[i];
            if (op.routedExpert()) {
                flops *= skew;
                weights = op.weightBytes() * expertWeightFactor;
            }
            double stream = op.routedExpert() ? expertStreamShare(skew) : streamShare[i];
            double streamed = (op.bytesPerToken() * tokens + op.bytesPerSequence() * sequences) * stream
                    + op.bytesPerPosition() * own.positions(op.window()) * positionShare[i];
            double tc = flops / placed.flopsPerSecond[i];
            double tm = weights * placed.secondsPerWeightByte[i] + streamed * placed.secondsPerStreamedByte[i];
            if (!eff.overlapsComputeAndMemory()) {
                compute += op.layerCount() * tc;
                memory += op.layerCount() * tm;
            } else if (tc >= tm) {
                compute += op.layerCount() * tc;
            } else {
                memory += op.layerCount() * tm;
            }
            record(sink, op, placed.computedAt[i], flops * op.layerCount(), (weights + streamed) * op.layerCount(),
                    tc * op.layerCount(), tm * op.layerCount());
        }
        double overhead = eff.overheads().stepSeconds(layers, work.sequences());
        return new StepCost(compute, memory, interconnect(w.tokens()), overhead);
    }

    /**
     * Share of the token-expert activations one rank moves: an expert-parallel rank handles 1/ep of
     * the assignments (times the busiest rank's excess); inside a tensor-parallel expert group each
     * rank reads every input row but writes only its slice of the intermediate, and vice versa.
     */
    private double expertStreamShare(double skew) {
        return skew / ep * (1 + (double) ep / tp) / 2;
    }

    private double interconnect(double tokens) {
        double message = tokens * model.hidden() * ACTIVATION_BYTES;
        double bandwidth = links.bandwidthFor(tp);
        double alpha = links.alphaSeconds();
        double call = eff.overheads().collectiveCallSeconds();
        double allReduce = Collectives.allReduce(tp, message, bandwidth, alpha, call);
        double seconds = (layers - moeLayers) * (attentionDp ? 1 : 2) * allReduce;
        if (moeLayers > 0) {
            // each rank dispatches only its share of the token-expert assignments, and gets them back
            // tokens travel to the experts at the width the experts read (LatentMoE's latent, else the hidden state)
            double expertMessage = message * model.moe().expertIoWidth(model.hidden()) / model.hidden();
            double dispatch = ep > 1
                    ? 2 * Collectives.allToAll(ep, expertMessage * model.moe().topK() / ep, bandwidth, alpha, call)
                    : 0;
            double moeReduce = tp / ep > 1 ? allReduce : 0;
            seconds += moeLayers * ((attentionDp ? 0 : allReduce) + dispatch + moeReduce);
        }
        if (pp > 1) {
            double hop = Collectives.pointToPoint(message, links.bandwidthFor(tp * pp), eff.overheads().pipelineHopSeconds());
            seconds += (pp - 1) * hop;
        }
        return seconds;
    }
}
