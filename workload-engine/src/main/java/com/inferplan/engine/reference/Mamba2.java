package com.inferplan.engine.reference;

import com.inferplan.engine.model.LinearAttentionSpec;
import com.inferplan.engine.model.ModelArchitecture;
import com.inferplan.engine.profile.FlopRules;
import java.util.Arrays;

/**
 * One Mamba-2 mixer (Nemotron-H): in_proj to [z | x B C | dt], causal depthwise conv with bias
 * and SiLU over x, B and C ({@link ShortConv}), the selective state-space update ({@link Ssd}),
 * y·silu(z) normalised per group of heads, output projection (transformers' NemotronHMamba2Mixer,
 * torch_forward path).
 */
final class Mamba2 {

    private final LinearAttentionSpec l;
    private final LayerWeights.MambaWeights w;
    private final LinearState state;
    private final int layer;

    Mamba2(ModelArchitecture a, LayerWeights.MambaWeights w, LinearState state, int layer) {
        this.l = a.linearAttention();
        this.w = w;
        this.state = state;
        this.layer = layer;
    }

    float[][] run(StepContext s, float[][] h) {
        WorkCounter wc = s.counter();
        float[][] projected = Kernels.linear(wc, "in_proj", h, w.inProj(), null);
        int values = Math.toIntExact(l.valueWidth());
        int channels = Math.toIntExact(l.convChannels());
        float[][] z = new float[h.length][];
        float[][] xbc = new float[h.length][];
        float[][] dt = new float[h.length][];
        for (int t = 0; t < h.length; t++) {
            z[t] = Arrays.copyOfRange(projected[t], 0, values);
            xbc[t] = Arrays.copyOfRange(projected[t], values, values + channels);
            dt[t] = Arrays.copyOfRange(projected[t], values + channels, projected[t].length);
        }
        float[][] mixed = new ShortConv(w.conv(), w.convBias(), l.convKernel()).run(wc, s, xbc, state, layer);
        float[][][] states = state.recurrent(layer, s.batch());
        float[][] y = new Ssd(l, w).run(s, mixed, dt, states);
        return Kernels.linear(wc, "out_proj", gatedGroupNorm(wc, y, z), w.outProj(), null);
    }

    /** y·silu(z), then RMSNorm over each group of valueWidth / groups channels (norm_before_gate = False). */
    private float[][] gatedGroupNorm(WorkCounter wc, float[][] y, float[][] z) {
        int width = Math.toIntExact(l.normGroupWidth());
        for (int t = 0; t < y.length; t++) {
            for (int i = 0; i < y[t].length; i++) {
                float g = z[t][i];
                y[t][i] *= (float) (g / (1 + Math.exp(-g)));
            }
            for (int group = 0; group < l.keyHeads(); group++) {
                double squares = 0;
                for (int i = group * width; i < (group + 1) * width; i++) {
                    squares += y[t][i] * y[t][i];
                }
                float scale = (float) (1 / Math.sqrt(squares / width + Kernels.NORM_EPSILON));
                for (int i = group * width; i < (group + 1) * width; i++) {
                    y[t][i] *= scale * w.norm().data[i];
                }
            }
        }
        long elements = (long) y.length * y[0].length;
        wc.flops("linear_norm", (FlopRules.RMS_NORM_PER_ELEMENT + FlopRules.SWIGLU_PER_ELEMENT) * elements);
        wc.weights("linear_norm", w.norm());
        wc.activations("linear_norm", 2 * elements, elements);
        return y;
    }
}
