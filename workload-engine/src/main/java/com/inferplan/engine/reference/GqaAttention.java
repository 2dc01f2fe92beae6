package com.inferplan.engine.reference;

import com.inferplan.engine.model.AttentionWindow;
import com.inferplan.engine.model.ModelArchitecture;
import com.inferplan.engine.profile.FlopRules;

/** Grouped-query attention for one layer: projections, q/k norm, RoPE, cached causal attention, output. */
final class GqaAttention {

    private final ModelArchitecture a;
    private final LayerWeights.GqaWeights w;
    private final AttentionWindow window;
    private final int layer;
    private final boolean unweightedQkNorm;

    GqaAttention(ModelArchitecture a, LayerWeights.GqaWeights w, AttentionWindow window, int layer) {
        this.a = a;
        this.w = w;
        this.window = window;
        this.layer = layer;
        this.unweightedQkNorm = a.family().weightlessQkNorm() && a.qkNormOn(window);
    }

    float[][] run(StepContext s, float[][] h) {
        WorkCounter wc = s.counter();
        float[][] q = Kernels.linear(wc, "q_proj", h, w.q(), w.qBias());
        float[][] gate = null;
        if (a.family().hybridLinearAttention()) {
            gate = splitGate(q);
        }
        float[][] k = Kernels.linear(wc, "k_proj", h, w.k(), w.kBias());
        float[][] v = Kernels.linear(wc, "v_proj", h, w.v(), w.vBias());
        int hd = a.headDim();
        for (int t = 0; t < q.length; t++) {
            long position = s.positionOf(t);
            for (int head = 0; head < a.heads(); head++) {
                headTransform(wc, q[t], head * hd, position, w.qNorm());
            }
            for (int head = 0; head < a.kvHeads(); head++) {
                headTransform(wc, k[t], head * hd, position, w.kNorm());
            }
        }
        float[][] out = attend(s, q, k, v);
        if (gate != null) {
            applyGate(wc, out, gate);
        }
        return Kernels.linear(wc, "o_proj", out, w.o(), w.oBias());
    }

    /** Qwen3.5's q_proj rows hold, per head, head_dim query values then head_dim gate values. */
    private float[][] splitGate(float[][] q) {
        int hd = a.headDim();
        float[][] gate = new float[q.length][a.queryWidth()];
        for (int t = 0; t < q.length; t++) {
            float[] query = new float[a.queryWidth()];
            for (int head = 0; head < a.heads(); head++) {
                System.arraycopy(q[t], 2 * head * hd, query, head * hd, hd);
                System.arraycopy(q[t], (2 * head + 1) * hd, gate[t], head * hd, hd);
            }
            q[t] = query;
        }
        return gate;
    }

    private static void applyGate(WorkCounter wc, float[][] out, float[][] gate) {
        for (int t = 0; t < out.length; t++) {
            for (int i = 0; i < out[t].length; i++) {
                out[t][i] *= (float) (1 / (1 + Math.exp(-gate[t][i])));
            }
        }
        long elements = (long) out.length * out[0].length;
        wc.flops("attn_gate", FlopRules.SIGMOID_GATE_PER_ELEMENT * elements);
        wc.activations("attn_gate", 2 * elements, elements);
    }

    private void headTransform(WorkCounter wc, float[] row, int offset, long position, Tensor norm) {
        if (norm != null) {
            Kernels.normalize(wc, "qk_norm", row, offset, norm);
        }
        Kernels.rope(wc, "rope", row, offset, a.headDim(), position, a.rope().theta());
        if (unweightedQkNorm) {
            // Llama 4 normalises after the rotation
            Kernels.normalizeUnweighted(wc, "qk_norm", row, offset, a.headDim());
        }
    }

    private float[][] attend(StepContext s, float[][] q, float[][] k, float[][] v) {
        WorkCounter wc = s.counter();
        int tokens = q.length;
        for (int t = 0; t < tokens; t++) {
            s.cache().append(layer, s.sequenceOf(t), k[t], v[t]);
        }
        int hd = a.headDim();
        int group = a.heads() / a.kvHeads();
        float scale = (float) (1 / Math.sqrt(hd));
        float[][] out = new float[tokens][a.queryWidth()];
        float[] scores = new float[Math.toIntExact(s.context() + s.newTokens())];
        long pairs = 0;
        ReadRange read = new ReadRange(s.batch());
        for (int t = 0; t < tokens; t++) {
            int sequence = s.sequenceOf(t);
            long position = s.positionOf(t);
            long first = window.firstAttended(position);
            int length = Math.toIntExact(position - first + 1);
            read.read(sequence, first, position);
            for (int head = 0; head < a.heads(); head++) {
                int kvOffset = (head / group) * hd;
                for (int j = 0; j < length; j++) {
                    scores[j] = Kernels.dot(q[t], head * hd, s.cache().first(layer, sequence, first + j), kvOffset, hd);
                }
                Softmax.apply(scores, length, scale, w.sinks() == null ? Float.NaN : w.sinks().data[head]);
                for (int j = 0; j < length; j++) {
                    float[] value = s.cache().second(layer, sequence, first + j);
                    for (int i = 0; i < hd; i++) {
                        out[t][head * hd + i] += scores[j] * value[kvOffset + i];
                    }
                }
                pairs += length;
            }
        }
        long sinkFlops = w.sinks() == null ? 0 : (long) FlopRules.SINK_PER_HEAD_QUERY * tokens * a.heads();
        wc.flops("attention", pairs * (2L * FlopRules.PER_MULTIPLY_ADD * hd + FlopRules.SOFTMAX_PER_SCORE) + sinkFlops);
        wc.weights("attention", w.sinks());
        long kvPerToken = 2L * a.kvWidth();
        wc.activations("attention", (long) tokens * (a.queryWidth() + kvPerToken), (long) tokens * a.queryWidth());
        wc.kv("attention", read.positions() * kvPerToken, tokens * kvPerToken);
        return out;
    }
}
