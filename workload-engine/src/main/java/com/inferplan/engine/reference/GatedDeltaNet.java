package com.inferplan.engine.reference;

import com.inferplan.engine.model.LinearAttentionSpec;
import com.inferplan.engine.model.ModelArchitecture;
import com.inferplan.engine.profile.FlopRules;

/**
 * One Gated DeltaNet layer (Qwen3-Next / Qwen3.5 linear attention): projections, causal depthwise
 * conv with SiLU ({@link ShortConv}), the gated delta rule ({@link DeltaRule}), RMSNorm per value
 * head times silu(z), output projection.
 */
final class GatedDeltaNet {

    private final LinearAttentionSpec l;
    private final LayerWeights.LinearWeights w;
    private final LinearState state;
    private final int layer;

    GatedDeltaNet(ModelArchitecture a, LayerWeights.LinearWeights w, LinearState state, int layer) {
        this.l = a.linearAttention();
        this.w = w;
        this.state = state;
        this.layer = layer;
    }

    float[][] run(StepContext s, float[][] h) {
        WorkCounter wc = s.counter();
        float[][] qkv = Kernels.linear(wc, "in_proj_qkv", h, w.inProjQkv(), null);
        float[][] z = Kernels.linear(wc, "in_proj_z", h, w.inProjZ(), null);
        float[][] ba = Kernels.linear(wc, "in_proj_ba", h, w.inProjBa(), null);
        float[][] mixed = new ShortConv(w.conv(), null, l.convKernel()).run(wc, s, qkv, state, layer);
        float[][][] states = state.recurrent(layer, s.batch());
        float[][] out = new DeltaRule(l, w).run(s, mixed, ba, states);
        return Kernels.linear(wc, "out_proj", gatedNorm(wc, out, z), w.outProj(), null);
    }

    /** RMSNorm per value head (one shared weight), times silu(z). */
    private float[][] gatedNorm(WorkCounter wc, float[][] out, float[][] z) {
        int vd = l.valueHeadDim();
        for (int t = 0; t < out.length; t++) {
            for (int head = 0; head < l.valueHeads(); head++) {
                Kernels.normalize(wc, "linear_norm", out[t], head * vd, w.norm());
            }
            for (int i = 0; i < out[t].length; i++) {
                float g = z[t][i];
                out[t][i] *= (float) (g / (1 + Math.exp(-g)));
            }
        }
        long elements = (long) out.length * out[0].length;
        wc.flops("linear_norm", FlopRules.SWIGLU_PER_ELEMENT * elements);
        wc.activations("linear_norm", elements, 0);
        return out;
    }
}
