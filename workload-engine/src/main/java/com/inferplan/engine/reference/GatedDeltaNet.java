package com.inferplan.engine.reference;

import com.inferplan.engine.model.LinearAttentionSpec;
import com.inferplan.engine.model.ModelArchitecture;
import com.inferplan.engine.profile.FlopRules;

/**
 * One Gated DeltaNet layer (Qwen3-Next / Qwen3.5 linear attention), token by token: projections,
 * causal depthwise conv with SiLU, L2-normalised q and k, the gated delta rule
 * S ← exp(g)·S + k ⊗ β(v − kᵀ·exp(g)S), o = qᵀS per value head, gated RMSNorm, output projection.
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
        float[][] mixed = new ShortConv(w.conv(), l.convKernel()).run(wc, s, qkv, state, layer);
        float[][] out = deltaRule(s, mixed, ba);
        return Kernels.linear(wc, "out_proj", gatedNorm(wc, out, z), w.outProj(), null);
    }

    private float[][] deltaRule(StepContext s, float[][] mixed, float[][] ba) {
        WorkCounter wc = s.counter();
        int kd = l.keyHeadDim();
        int vd = l.valueHeadDim();
        int keyWidth = Math.toIntExact(l.keyWidth());
        int ratio = l.valueHeads() / l.keyHeads();
        float[][] out = new float[mixed.length][Math.toIntExact(l.valueWidth())];
        for (int t = 0; t < mixed.length; t++) {
            float[] x = mixed[t];
            for (int head = 0; head < l.keyHeads(); head++) {
                l2Normalize(x, head * kd, kd, (float) (1 / Math.sqrt(kd)));
                l2Normalize(x, keyWidth + head * kd, kd, 1);
            }
            float[][] heads = state.delta(layer, s.sequenceOf(t));
            for (int v = 0; v < l.valueHeads(); v++) {
                int k = v / ratio;
                update(heads[v], x, k * kd, keyWidth + k * kd, 2 * keyWidth + v * vd, ba[t], v, out[t], v * vd);
            }
        }
        long tokens = mixed.length;
        long perToken = l.keyWidth() * (2L * FlopRules.L2_NORM_PER_ELEMENT + 1)
                + (long) l.valueHeads() * FlopRules.DELTA_GATES_PER_HEAD
                + l.recurrentStateElements() * FlopRules.DELTA_RULE_PER_STATE_ELEMENT
                + l.valueWidth() * FlopRules.DELTA_RULE_PER_VALUE;
        wc.flops("linear_attention", tokens * perToken);
        wc.weights("linear_attention", w.dtBias());
        wc.weights("linear_attention", w.aLog());
        wc.activations("linear_attention", tokens * (2 * l.keyWidth() + l.valueWidth() + 2L * l.valueHeads()),
                tokens * l.valueWidth());
        long stateElements = s.batch() * l.recurrentStateElements();
        wc.kv("linear_attention", stateElements, stateElements);
        return out;
    }

    /** One value head, one token: decay, delta-rule write, read by the query. */
    private void update(float[] S, float[] x, int q, int k, int v, float[] ba, int head, float[] out, int o) {
        int kd = l.keyHeadDim();
        int vd = l.valueHeadDim();
        float beta = (float) (1 / (1 + Math.exp(-ba[head])));
        double softplus = Math.log1p(Math.exp(ba[l.valueHeads() + head] + w.dtBias().data[head]));
        float decay = (float) Math.exp(-Math.exp(w.aLog().data[head]) * softplus);
        for (int i = 0; i < S.length; i++) {
            S[i] *= decay;
        }
        for (int j = 0; j < vd; j++) {
            float remembered = 0;
            for (int i = 0; i < kd; i++) {
                remembered += x[k + i] * S[i * vd + j];
            }
            float delta = (x[v + j] - remembered) * beta;
            for (int i = 0; i < kd; i++) {
                S[i * vd + j] += x[k + i] * delta;
            }
        }
        for (int j = 0; j < vd; j++) {
            float read = 0;
            for (int i = 0; i < kd; i++) {
                read += x[q + i] * S[i * vd + j];
            }
            out[o + j] = read;
        }
    }

    private static void l2Normalize(float[] x, int offset, int width, float scale) {
        double squares = 0;
        for (int i = 0; i < width; i++) {
            squares += x[offset + i] * x[offset + i];
        }
        float factor = (float) (scale / Math.sqrt(squares + 1e-6));
        for (int i = 0; i < width; i++) {
            x[offset + i] *= factor;
        }
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
