package com.inferplan.engine.model;

import com.inferplan.catalog.Precision;
import java.util.List;

/**
 * Gated DeltaNet linear attention (Qwen3-Next, Qwen3.5): the layers marked in {@code linearLayers}
 * replace softmax attention by a recurrence over a fixed-size state. Queries and keys have
 * {@code keyHeads} heads of {@code keyHeadDim}, values {@code valueHeads} heads of
 * {@code valueHeadDim} (each value head reads key head {@code h / (valueHeads / keyHeads)}); q, k
 * and v pass a causal depthwise convolution of {@code convKernel} taps first. Per sequence a layer
 * keeps the last {@code convKernel - 1} conv inputs (in the KV cache precision) and one
 * keyHeadDim × valueHeadDim state per value head in {@code statePrecision} (config
 * {@code mamba_ssm_dtype}; null: the KV cache precision). {@code linearLayers} is null only
 * while a library file is read, before its layer pattern fills it in.
 */
public record LinearAttentionSpec(int keyHeads, int valueHeads, int keyHeadDim, int valueHeadDim, int convKernel,
                                  Precision statePrecision, List<Boolean> linearLayers) {

    public LinearAttentionSpec {
        requirePositive("keyHeads", keyHeads);
        requirePositive("valueHeads", valueHeads);
        requirePositive("keyHeadDim", keyHeadDim);
        requirePositive("valueHeadDim", valueHeadDim);
        requirePositive("convKernel", convKernel);
        if (valueHeads % keyHeads != 0) {
            throw new IllegalArgumentException("valueHeads " + valueHeads + " not divisible by keyHeads " + keyHeads);
        }
        linearLayers = linearLayers == null ? null : List.copyOf(linearLayers);
    }

    public LinearAttentionSpec withLayers(List<Boolean> layers) {
        return new LinearAttentionSpec(keyHeads, valueHeads, keyHeadDim, valueHeadDim, convKernel, statePrecision, layers);
    }

    public boolean isLinear(int layer) {
        return linearLayers.get(layer);
    }

    public int linearLayerCount() {
        return (int) linearLayers.stream().filter(Boolean::booleanValue).count();
    }

    public long keyWidth() {
        return (long) keyHeads * keyHeadDim;
    }

    public long valueWidth() {
        return (long) valueHeads * valueHeadDim;
    }

    /** Channels of the short convolution: q, k and v side by side. */
    public long convChannels() {
        return 2 * keyWidth() + valueWidth();
    }

    /** Elements of the conv state of one sequence in one layer. */
    public long convStateElements() {
        return (convKernel - 1) * convChannels();
    }

    /** Elements of the delta-rule state of one sequence in one layer. */
    public long recurrentStateElements() {
        return (long) valueHeads * keyHeadDim * valueHeadDim;
    }

    /** Bytes of one sequence's state in one layer. */
    public double stateBytesPerLayer(Precision kv) {
        Precision state = statePrecision == null ? kv : statePrecision;
        return convStateElements() * kv.bytesPerElement() + recurrentStateElements() * state.bytesPerElement();
    }

    private static void requirePositive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, got " + value);
        }
    }
}
