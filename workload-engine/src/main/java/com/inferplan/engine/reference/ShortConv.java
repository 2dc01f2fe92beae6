package com.inferplan.engine.reference;

import com.inferplan.engine.profile.FlopRules;

/**
 * Causal depthwise convolution of K taps per channel (plus a bias where Mamba-2 has one) followed
 * by SiLU, continuing from each sequence's last K - 1 inputs (zero before the first token) and
 * leaving the newest K - 1 behind.
 */
final class ShortConv {

    private final Tensor weight;
    private final Tensor bias;
    private final int taps;

    ShortConv(Tensor weight, Tensor bias, int taps) {
        this.weight = weight;
        this.bias = bias;
        this.taps = taps;
    }

    float[][] run(WorkCounter wc, StepContext s, float[][] x, LinearState state, int layer) {
        int channels = weight.rows;
        float[][] y = new float[x.length][channels];
        for (int b = 0; b < s.batch(); b++) {
            float[][] history = state.conv(layer, b);
            float[][] window = new float[history.length + s.newTokens()][];
            System.arraycopy(history, 0, window, 0, history.length);
            System.arraycopy(x, b * s.newTokens(), window, history.length, s.newTokens());
            for (int i = 0; i < s.newTokens(); i++) {
                float[] out = y[b * s.newTokens() + i];
                for (int c = 0; c < channels; c++) {
                    float sum = bias == null ? 0 : bias.data[c];
                    for (int j = 0; j < taps; j++) {
                        sum += weight.data[c * taps + j] * window[i + j][c];
                    }
                    out[c] = (float) (sum / (1 + Math.exp(-sum)));
                }
            }
            for (int r = 0; r < history.length; r++) {
                history[r] = window[window.length - history.length + r].clone();
            }
        }
        long elements = (long) x.length * channels;
        int biasFlops = bias == null ? 0 : FlopRules.BIAS_PER_ELEMENT;
        wc.flops("short_conv", elements * (FlopRules.PER_MULTIPLY_ADD * taps + biasFlops + FlopRules.SILU_PER_ELEMENT));
        wc.weights("short_conv", weight);
        wc.weights("short_conv", bias);
        wc.activations("short_conv", elements, elements);
        long stateElements = (long) s.batch() * (taps - 1) * channels;
        wc.kv("short_conv", stateElements, stateElements);
        return y;
    }
}
