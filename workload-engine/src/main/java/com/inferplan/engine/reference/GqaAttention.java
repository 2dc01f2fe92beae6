package com.inferplan.engine.reference;

import com.inferplan.engine.model.AttentionWindow;
import com.inferplan.engine.model.ModelArchitecture;
import com.inferplan.engine.profile.FlopRules;

/**
 * Grouped-query attention for one layer, at the layer's own widths: projections, q/k norm, RoPE,
 * Gemma 4's v norm, cached causal attention, output.
 */
final class GqaAttention {

    private final ModelArchitecture a;
    private final LayerWeights.GqaWeights w;
    private final AttentionWindow window;
    private final int layer;
    private final boolean unweightedQkNorm;
    private final int headDim;
    private final int kvHeads;
    private final int queryWidth;

    GqaAttention(ModelArchitecture a, LayerWeights.GqaWeights w, AttentionWindow window, int layer) {
        this.a = a;
        this.w = w;
        this.window = window;
        this.layer = layer;
        this.unweightedQkNorm = a.family().weightlessQkNorm() && a.qkNormOn(window);
        this.headDim = a.headDimOn(window);
        this.kvHeads = a.kvHeadsOn(window);
        this.queryWidth = a.queryWidthOn(window);
    }

    float[][] run(StepContext s, float[][] h) {
        WorkCounter wc = s.counter();
        float[][] q = Kernels.linear(wc, "q_proj", h, w.q(), w.qBias());
        float[][] gate = null;
        if (a.family().hybridLinearAttention()) {
            gate = splitGate(q);
        }
        float[][] k = Kernels.linear(wc, "k_proj", h, w.k(), w.kBias());
        // Gemma 4's full layers: the raw key projection is the value too (copied before k is normed and rotated)
        float[][] v = w.v() != null ? Kernels.linear(wc, "v_proj", h, w.v(), w.vBias()) : copy(k);
        for (int t = 0; t < q.length; t++) {
            long position = s.positionOf(t);
            for (int head = 0; head < a.heads(); head++) {
                headTransform(wc, q[t], head * headDim, position, w.qNorm());
            }
            for (int head = 0; head < kvHeads; head++) {
                headTransform(wc, k[t], head * headDim, position, w.kNorm());
                if (a.family().valueNorm()) {
                    Kernels.normalizeUnweighted(wc, "v_norm", v[t], head * headDim, headDim);
                }
            }
        }
        float[][] out = attend(s, q, k, v);
        if (gate != null) {
            applyGate(wc, out, gate);
        }
        return Kernels.linear(wc, "o_proj", out, w.o(), w.oBias());
    }

    private static float[][] copy(float[][] rows) {
        float[][] y = new float[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            y[r] = rows[r].clone();
        }
        return y;
    }

    /** Qwen3.5's q_proj rows hold, per head, head_dim query values then head_dim gate values. */
    private float[][] splitGate(float[][] q) {
        float[][] gate = new float[q.length][queryWidth];
        for (int t = 0; t < q.length; t++) {
            float[] query = new float[queryWidth];
            for (int head = 0; head < a.heads(); head++) {
                System.arraycopy(q[t], 2 * head * headDim, query, head * headDim, headDim);
                System.arraycopy(q[t], (2 * head + 1) * headDim, gate[t], head * headDim, headDim);
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
        Kernels.rope(wc, "rope", row, offset, headDim, position, a.rope().theta());
        if (unweightedQkNorm) {
            // Llama 4 normalises after the rotation
            Kernels.normalizeUnweighted(wc, "qk_norm", row, offset, headDim);
        }
    }

    private float[][] attend(StepContext s, float[][] q, float[][] k, float[][] v) {
        WorkCounter wc = s.counter();
        int tokens = q.length;
        for (int t = 0; t < tokens; t++) {
            s.cache().append(layer, s.sequenceOf(t), k[t], v[t]);
        }
        int group = a.heads() / kvHeads;
        float scale = (float) (1 / Math.sqrt(headDim));
        float[][] out = new float[tokens][queryWidth];
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
                int kvOffset = (head / group) * headDim;
                for (int j = 0; j < length; j++) {
                    scores[j] = Kernels.dot(q[t], head * headDim, s.cache().first(layer, sequence, first + j), kvOffset, headDim);
                }
                Softmax.apply(scores, length, scale, w.sinks() == null ? Float.NaN : w.sinks().data[head]);
                for (int j = 0; j < length; j++) {
                    float[] value = s.cache().second(layer, sequence, first + j);
                    for (int i = 0; i < headDim; i++) {
                        out[t][head * headDim + i] += scores[j] * value[kvOffset + i];
                    }
                }
                pairs += length;
            }
        }
        long sinkFlops = w.sinks() == null ? 0 : (long) FlopRules.SINK_PER_HEAD_QUERY * tokens * a.heads();
        wc.flops("attention", pairs * (2L * FlopRules.PER_MULTIPLY_ADD * headDim + FlopRules.SOFTMAX_PER_SCORE) + sinkFlops);
        wc.weights("attention", w.sinks());
        long kvPerToken = 2L * kvHeads * headDim;
        wc.activations("attention", (long) tokens * (queryWidth + kvPerToken), (long) tokens * queryWidth);
        wc.kv("attention", read.positions() * kvPerToken, tokens * kvPerToken);
        return out;
    }
}
