package com.inferplan.engine.model;

import com.inferplan.catalog.Precision;
import java.util.List;

/**
 * The recurrent layers of a hybrid model: the layers marked in {@code linearLayers} replace softmax
 * attention by a recurrence over a fixed-size state, the {@code mixer}'s.
 *
 * <p>Gated DeltaNet (Qwen3-Next, Qwen3.5): queries and keys have
 * {@code keyHeads} heads of {@code keyHeadDim}, values {@code valueHeads} heads of
 * {@code valueHeadDim} (each value head reads key head {@code h / (valueHeads / keyHeads)}); q, k
 * and v pass a causal depthwise convolution of {@code convKernel} taps first. Per sequence a layer
 * keeps the last {@code convKernel - 1} conv inputs (in the KV cache precision) and one
 * keyHeadDim × valueHeadDim state per value head in {@code statePrecision} (config
 * {@code mamba_ssm_dtype}; null: the KV cache precision).
 *
 * <p>Mamba-2 (Nemotron-H) in the same terms: {@code keyHeads} is {@code n_groups} (B and C are
 * shared per group as keys and queries are per key head), {@code keyHeadDim} the state size
 * {@code ssm_state_size}, {@code valueHeads} {@code mamba_num_heads} and {@code valueHeadDim}
 * {@code mamba_head_dim}; the convolution runs over x, B and C (the same channel count as q, k, v),
 * so conv and recurrent state sizes follow the same formulas.
 *
 * <p>{@code linearLayers} is null only while a library file is read, before its layer pattern
 * fills it in. {@code mlpLayers} marks the layers that have an MLP (null: every layer): Nemotron-H
 * stacks mixer and MLP blocks separately, and a mixer block followed by another mixer is a layer
 * without one (docs/decisions/0219-mamba2-hybrid-blocks.md).
 */
public record LinearAttentionSpec(RecurrentMixer mixer, int keyHeads, int valueHeads, int keyHeadDim,
                                  int valueHeadDim, int convKernel, Precision statePrecision,
                                  List<Boolean> linearLayers, List<Boolean> mlpLayers) {

    public LinearAttentionSpec {
        mixer = mixer == null ? RecurrentMixer.GATED_DELTANET : mixer;
        requirePositive("keyHeads", keyHeads);
        requirePositive("valueHeads", valueHeads);
        requirePositive("keyHeadDim", keyHeadDim);
        requirePositive("valueHeadDim", valueHeadDim);
        requirePositive("convKernel", convKernel);
        if (valueHeads % keyHeads != 0) {
            throw new IllegalArgumentException("valueHeads " + valueHeads + " not divisible by keyHeads " + keyHeads);
        }
        linearLayers = linearLayers == null ? null : List.copyOf(linearLayers);
        mlpLayers = mlpLayers == null ? null : List.copyOf(mlpLayers);
        if (linearLayers != null && mlpLayers != null && mlpLayers.size() != linearLayers.size()) {
            throw new IllegalArgumentException("mlpLayers has " + mlpLayers.size() + " flags for "
                    + linearLayers.size() + " layers");
        }
    }

    /** Qwen3-Next / Qwen3.5's Gated DeltaNet, an MLP on every layer. */
    public static LinearAttentionSpec gatedDeltaNet(int keyHeads, int valueHeads, int keyHeadDim, int valueHeadDim,
                                                    int convKernel, Precision statePrecision, List<Boolean> layers) {
        return new LinearAttentionSpec(RecurrentMixer.GATED_DELTANET, keyHeads, valueHeads, keyHeadDim, valueHeadDim,
                convKernel, statePrecision, layers, null);
    }

    public LinearAttentionSpec withLayers(List<Boolean> layers) {
        return withLayers(layers, mlpLayers);
    }

    public LinearAttentionSpec withLayers(List<Boolean> layers, List<Boolean> mlps) {
        return new LinearAttentionSpec(mixer, keyHeads, valueHeads, keyHeadDim, valueHeadDim, convKernel,
                statePrecision, layers, mlps);
    }

    public boolean isLinear(int layer) {
        return linearLayers.get(layer);
    }

    public boolean hasMlp(int layer) {
        return mlpLayers == null || mlpLayers.get(layer);
    }

    public boolean isMamba() {
        return mixer == RecurrentMixer.MAMBA2;
    }

    /** Per-head gate inputs the input projection makes: b and a (Gated DeltaNet) or dt (Mamba-2). */
    public long gateWidth() {
        return (isMamba() ? 1L : 2L) * valueHeads;
    }

    /** Learned per-head scalars: dt_bias and A_log, and Mamba-2's skip D. */
    public long headParameters() {
        return (isMamba() ? 3L : 2L) * valueHeads;
    }

    /** Mamba-2's conv1d has a bias per channel; Gated DeltaNet's none. */
    public long convBiasElements() {
        return isMamba() ? convChannels() : 0;
    }

    /** Width over which the gated output norm normalises: a value head, or a Mamba-2 group of heads. */
    public long normGroupWidth() {
        return isMamba() ? valueWidth() / keyHeads : valueHeadDim;
    }

    /** Weights of the gated output norm: one value head's (shared), or every channel (Mamba-2). */
    public long normWeights() {
        return isMamba() ? valueWidth() : valueHeadDim;
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
