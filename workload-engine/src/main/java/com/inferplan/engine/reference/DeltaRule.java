package com.inferplan.engine.reference;

import com.inferplan.engine.model.LinearAttentionSpec;
import com.inferplan.engine.profile.FlopRules;

/**
 * The gated delta rule over the conv output [q | k | v] of each token, in order: L2-normalised q
 * (also scaled by 1/√dk) and k per key head, then per value head h (reading key head
 * h / (valueHeads / keyHeads)) β = sigmoid(b), g = −exp(A_log)·softplus(a + dt_bias),
 * S ← exp(g)·S, δ = β(v − kᵀS), S += k ⊗ δ, o = qᵀS.
 */
final class DeltaRule {

    private final LinearAttentionSpec l;
    private final LayerWeights.LinearWeights w;

    DeltaRule(LinearAttentionSpec l, LayerWeights.LinearWeights w) {
        this.l = l;
        this.w = w;
    }

    float[][] run(StepContext s, float[][] mixed, float[][] ba, float[][][] states) {
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
            float[][] heads = states[s.sequenceOf(t)];
            for (int v = 0; v < l.valueHeads(); v++) {
                int k = (v / ratio) * kd;
                update(heads[v], x, k, keyWidth + k, 2 * keyWidth + v * vd, ba[t], v, out[t], v * vd);
            }
        }
        count(s, mixed.length);
        return out;
    }

    private void count(StepContext s, long tokens) {
        WorkCounter wc = s.counter();
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
}
