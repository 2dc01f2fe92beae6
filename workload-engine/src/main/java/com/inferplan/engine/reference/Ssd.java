package com.inferplan.engine.reference;

import com.inferplan.engine.model.LinearAttentionSpec;
import com.inferplan.engine.profile.FlopRules;

/**
 * Mamba-2's selective state-space update over the conv output [x | B | C] of each token, in order:
 * per head h (reading group h / (heads / groups)) dt = softplus(dt + dt_bias), decay
 * exp(−exp(A_log)·dt), S ← decay·S + (dt·x) ⊗ B, y = S·C + D·x. The state S of a head is
 * headDim × stateSize.
 */
final class Ssd {

    private final LinearAttentionSpec l;
    private final LayerWeights.MambaWeights w;

    Ssd(LinearAttentionSpec l, LayerWeights.MambaWeights w) {
        this.l = l;
        this.w = w;
    }

    float[][] run(StepContext s, float[][] mixed, float[][] dt, float[][][] states) {
        int n = l.keyHeadDim();
        int p = l.valueHeadDim();
        int values = Math.toIntExact(l.valueWidth());
        int groupWidth = Math.toIntExact(l.keyWidth());
        int ratio = l.valueHeads() / l.keyHeads();
        float[][] out = new float[mixed.length][values];
        for (int t = 0; t < mixed.length; t++) {
            float[] x = mixed[t];
            float[][] heads = states[s.sequenceOf(t)];
            for (int head = 0; head < l.valueHeads(); head++) {
                int group = head / ratio;
                update(heads[head], x, head * p, values + group * n, values + groupWidth + group * n, dt[t][head],
                        head, out[t]);
            }
        }
        count(s, mixed.length);
        return out;
    }

    private void update(float[] S, float[] x, int xAt, int bAt, int cAt, float rawDt, int head, float[] out) {
        int n = l.keyHeadDim();
        double step = Math.log1p(Math.exp(rawDt + w.dtBias().data[head]));
        float decay = (float) Math.exp(-Math.exp(w.aLog().data[head]) * step);
        for (int j = 0; j < l.valueHeadDim(); j++) {
            float input = (float) (step * x[xAt + j]);
            float read = 0;
            for (int i = 0; i < n; i++) {
                int k = j * n + i;
                S[k] = decay * S[k] + input * x[bAt + i];
                read += x[cAt + i] * S[k];
            }
            out[xAt + j] = read + w.d().data[head] * x[xAt + j];
        }
    }

    private void count(StepContext s, long tokens) {
        WorkCounter wc = s.counter();
        long perToken = (long) l.valueHeads() * FlopRules.MAMBA_GATES_PER_HEAD
                + l.recurrentStateElements() * FlopRules.MAMBA_PER_STATE_ELEMENT
                + l.valueWidth() * FlopRules.MAMBA_PER_VALUE;
        wc.flops("ssm", tokens * perToken);
        wc.weights("ssm", w.dtBias());
        wc.weights("ssm", w.aLog());
        wc.weights("ssm", w.d());
        wc.activations("ssm", tokens * (2 * l.keyWidth() + l.valueWidth() + l.valueHeads()), tokens * l.valueWidth());
        long stateElements = s.batch() * l.recurrentStateElements();
        wc.kv("ssm", stateElements, stateElements);
    }
}
