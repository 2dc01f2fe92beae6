package com.inferplan.engine.perf;

import com.inferplan.engine.deployment.DeploymentPlan;
import java.util.List;

/**
 * SRAM-resident dataflow (Cerebras wafers, Groq LPUs): every layer owns the cores (or chips) that
 * hold its weights, so at batch one only the current layer's share of the machine works. Cores
 * are allotted in proportion to the weights they store, hence each layer instance needs the time
 * one chip takes to read its whole resident share of weights once, weight bytes per chip /
 * (SRAM bandwidth · η), plus its other traffic and FLOPs on its share (chips / (layers + 1)),
 * plus a fixed per-layer dataflow latency. Tokens of different sequences occupy different layers
 * at once, so up to layers + 1 sequences pipeline at the latency of one. Crossing chips costs one
 * hop per pipeline stage (and the sampled token's return to the first), tensor-split stages add
 * ring all-reduces and MoE layers an expert all-to-all. See docs/decisions/0503.
 */
final class SpatialStepModel extends StepModel {

    private final int stages;
    private final int tp;
    private final double width;
    private final double fillSecondsPerLayer;
    private final Links links;

    SpatialStepModel(DeploymentPlan plan, Efficiencies eff, PlacedOperators placed, Links links) {
        super(plan, eff, placed);
        this.stages = plan.parallelism().pp();
        this.tp = plan.parallelism().tp();
        this.links = links;
        this.width = (double) plan.chips() / (layers + 1);
        double residentPerChip = plan.weightBytes() / plan.chips();
        this.fillSecondsPerLayer = residentPerChip * firstGemmSecondsPerByte(placed);
    }

    private static double firstGemmSecondsPerByte(PlacedOperators placed) {
        for (int i = 0; i < placed.size(); i++) {
            if (placed.ops.get(i).weightBytes() > 0 && placed.ops.get(i).flopsPerToken() > 0) {
                return placed.secondsPerWeightByte[i];
            }
        }
        return placed.secondsPerWeightByte[0];
    }

    @Override
    int pipelineDepth() {
        return layers + 1;
    }

    /** Dataflow pipelines stream prompts token by token, so prompt tokens are microbatches too. */
    @Override
    int microbatches(StepWork work) {
        return (int) Math.max(1, Math.min(layers + 1, Math.ceil(work.decodeSequences() + work.prefillTokens())));
    }

    @Override
    StepCost cost(StepWork work, List<OperatorTiming> sink) {
        int micro = microbatches(work);
        StepWork w = micro > 1 ? work.divide(micro) : work;
        double tokens = w.tokens();
        double sequences = w.sequences();
        double compute = 0;
        double memory = 0;
        int group = -1;
        int groupLayers = 0;
        double groupCompute = 0;
        double groupMemory = 0;
        for (int i = 0; i < placed.size(); i++) {
            OperatorCoefficients op = placed.ops.get(i);
            if (op.group() != group) {
                double t = Math.max(groupCompute, groupMemory) * groupLayers;
                if (groupCompute >= groupMemory) {
                    compute += t;
                } else {
                    memory += t;
                }
                group = op.group();
                groupLayers = op.layerCount();
                groupCompute = 0;
                groupMemory = group == 0 ? 0 : fillSecondsPerLayer;
            }
            double flops = op.flops(tokens, sequences, w.pairs(op.window())) / width;
            double streamed = op.streamedBytes(tokens, sequences, w.positions(op.window())) / width;
            double tc = flops / placed.flopsPerSecond[i];
            double tm = streamed * placed.secondsPerStreamedByte[i];
            groupCompute += tc;
            groupMemory += tm;
            record(sink, op, placed.computedAt[i], flops * op.layerCount(), streamed * op.layerCount(),
                    tc * op.layerCount(), tm * op.layerCount());
        }
        double last = Math.max(groupCompute, groupMemory) * groupLayers;
        if (groupCompute >= groupMemory) {
            compute += last;
        } else {
            memory += last;
        }
        double overhead = eff.overheads().stepSeconds(layers, work.sequences());
        return new StepCost(compute, memory, interconnect(tokens), overhead);
    }

    private double interconnect(double tokens) {
        double message = tokens * model.hidden() * ACTIVATION_BYTES;
        double seconds = 0;
        if (stages > 1) {
            double hopBandwidth = links.bandwidthFor(plan.chips());
            seconds += stages * Collectives.pointToPoint(message, hopBandwidth, eff.overheads().pipelineHopSeconds());
        }
        if (tp > 1) {
            double bandwidth = links.bandwidthFor(tp);
            double call = eff.overheads().collectiveCallSeconds();
            seconds += layers * 2 * Collectives.allReduce(tp, message, bandwidth, links.alphaSeconds(), call);
            if (model.isMoe()) {
                seconds += moeLayers * 2
                        * Collectives.allToAll(tp, message * model.moe().topK(), bandwidth, links.alphaSeconds(), call);
            }
        }
        return seconds;
    }
}
