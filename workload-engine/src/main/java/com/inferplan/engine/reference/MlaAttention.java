package com.inferplan.engine.reference;

import com.inferplan.engine.model.AttentionWindow;
import com.inferplan.engine.model.MlaSpec;
import com.inferplan.engine.model.ModelArchitecture;
import com.inferplan.engine.profile.FlopRules;
import java.util.Arrays;
import java.util.stream.LongStream;

/**
 * Multi-head latent attention for one layer. The cache holds the normalised latent and the rotated
 * shared rope key. Decode runs the absorbed path (queries mapped into latent space by kUp, values
 * recovered from the latent output by vUp); prefill decompresses every attended latent. Both give
 * the same result, which the executor's tests check. With sparse attention each query attends only
 * the positions its {@link Indexer} selects, gathering their cached parts.
 */
final class MlaAttention {

    private final ModelArchitecture a;
    private final MlaSpec m;
    private final LayerWeights.MlaWeights w;
    private final AttentionWindow window;
    private final int layer;
    private final float scale;
    private final Indexer indexer;

    MlaAttention(ModelArchitecture a, LayerWeights.MlaWeights w, AttentionWindow window, int layer) {
        this.a = a;
        this.m = a.mla();
        this.w = w;
        this.window = window;
        this.layer = layer;
        this.scale = (float) (1 / Math.sqrt(m.qkHeadDim()));
        this.indexer = w.indexer() == null ? null : new Indexer(a, w.indexer(), layer);
    }

    float[][] run(StepContext s, float[][] h) {
        WorkCounter wc = s.counter();
        float[][] compressed = w.qA() == null ? null : compressedQueries(wc, h);
        float[][] q = Kernels.linear(wc, compressed == null ? "q_proj" : "q_b_proj", compressed == null ? h : compressed,
                w.qB(), null);
        float[][] kva = Kernels.linear(wc, "kv_a_proj", h, w.kvA(), null);
        int rank = m.kvLoraRank();
        int rope = m.qkRopeHeadDim();
        for (int t = 0; t < h.length; t++) {
            long position = s.positionOf(t);
            Kernels.normalize(wc, "kv_a_norm", kva[t], 0, w.kvANorm());
            for (int head = 0; head < a.heads(); head++) {
                Kernels.rope(wc, "rope", q[t], head * m.qkHeadDim() + m.qkNopeHeadDim(), rope, position, a.rope().theta());
            }
            Kernels.rope(wc, "rope", kva[t], rank, rope, position, a.rope().theta());
            s.cache().append(layer, s.sequenceOf(t), Arrays.copyOfRange(kva[t], 0, rank),
                    Arrays.copyOfRange(kva[t], rank, rank + rope));
        }
        wc.activations("attention", (long) h.length * m.latentWidth(), 0);
        wc.kv("attention", 0, (long) h.length * m.latentWidth());
        long[][] attended = indexer == null ? windowed(s, h.length)
                : indexer.select(s, h, compressed == null ? h : compressed);
        float[][] out = s.decode() ? absorbed(s, q, attended) : decompressed(s, q, attended);
        return Kernels.linear(wc, "o_proj", out, w.o(), null);
    }

    private float[][] compressedQueries(WorkCounter wc, float[][] h) {
        float[][] compressed = Kernels.linear(wc, "q_a_proj", h, w.qA(), null);
        for (float[] row : compressed) {
            Kernels.normalize(wc, "q_a_norm", row, 0, w.qANorm());
        }
        return compressed;
    }

    /** Every position in each token's window, ascending. */
    private long[][] windowed(StepContext s, int tokens) {
        long[][] attended = new long[tokens][];
        for (int t = 0; t < tokens; t++) {
            long position = s.positionOf(t);
            attended[t] = LongStream.rangeClosed(window.firstAttended(position), position).toArray();
        }
        return attended;
    }

    /** Cached positions read: each query's own gather with sparse attention, else each sequence's span. */
    private long positionsRead(StepContext s, long[][] attended) {
        ReadRange read = new ReadRange(s.batch());
        long gathered = 0;
        for (int t = 0; t < attended.length; t++) {
            read.read(s.sequenceOf(t), attended[t][0], attended[t][attended[t].length - 1]);
            gathered += attended[t].length;
        }
        return indexer == null ? read.positions() : gathered;
    }

    private float[][] absorbed(StepContext s, float[][] q, long[][] attended) {
        WorkCounter wc = s.counter();
        int tokens = q.length;
        int rank = m.kvLoraRank();
        int heads = a.heads();
        float[][] latentQueries = perHead(wc, "q_absorb", q, m.qkHeadDim(), m.qkNopeHeadDim(), w.kUp(), true);
        float[][] latentOut = new float[tokens][heads * rank];
        float[] scores = new float[Math.toIntExact(s.context() + s.newTokens())];
        long pairs = 0;
        for (int t = 0; t < tokens; t++) {
            int sequence = s.sequenceOf(t);
            long[] positions = attended[t];
            int length = positions.length;
            for (int head = 0; head < heads; head++) {
                for (int j = 0; j < length; j++) {
                    scores[j] = Kernels.dot(latentQueries[t], head * rank, s.cache().first(layer, sequence, positions[j]), 0, rank)
                            + Kernels.dot(q[t], head * m.qkHeadDim() + m.qkNopeHeadDim(),
                                    s.cache().second(layer, sequence, positions[j]), 0, m.qkRopeHeadDim());
                }
                Softmax.apply(scores, length, scale, Float.NaN);
                for (int j = 0; j < length; j++) {
                    float[] latent = s.cache().first(layer, sequence, positions[j]);
                    for (int c = 0; c < rank; c++) {
                        latentOut[t][head * rank + c] += scores[j] * latent[c];
                    }
                }
                pairs += length;
            }
        }
        wc.flops("attention", pairs * (FlopRules.PER_MULTIPLY_ADD * (m.latentWidth() + rank) + FlopRules.SOFTMAX_PER_SCORE));
        wc.activations("attention", (long) tokens * heads * (rank + m.qkRopeHeadDim()), (long) tokens * heads * rank);
        wc.kv("attention", positionsRead(s, attended) * m.latentWidth(), 0);
        return perHead(wc, "v_up", latentOut, rank, rank, w.vUp(), false);
    }

    /**
     * Per-head products with a half of kv_b_proj. {@code intoLatent}: y_h[c] = Σ_n x_h[n]·W[h·n_in + n][c]
     * (absorbing kUp into the query); otherwise y_h[o] = Σ_c W[h·out + o][c]·x_h[c] (vUp on the latent).
     */
    private float[][] perHead(WorkCounter wc, String op, float[][] x, int stride, int in, Tensor weight, boolean intoLatent) {
        int heads = a.heads();
        int rank = m.kvLoraRank();
        int out = intoLatent ? rank : weight.rows / heads;
        float[][] y = new float[x.length][heads * out];
        for (int t = 0; t < x.length; t++) {
            for (int head = 0; head < heads; head++) {
                if (intoLatent) {
                    for (int n = 0; n < in; n++) {
                        float xn = x[t][head * stride + n];
                        int row = (head * in + n) * rank;
                        for (int c = 0; c < rank; c++) {
                            y[t][head * rank + c] += xn * weight.data[row + c];
                        }
                    }
                } else {
                    for (int o = 0; o < out; o++) {
                        y[t][head * out + o] = Kernels.dot(weight.data, (head * out + o) * rank, x[t], head * stride, rank);
                    }
                }
            }
        }
        long rows = (long) x.length * heads;
        wc.flops(op, FlopRules.PER_MULTIPLY_ADD * rows * in * out);
        wc.weights(op, weight);
        wc.activations(op, rows * in, rows * out);
        return y;
    }

    /** One cached latent through a half of kv_b_proj. */
    private static float[] decompress(Tensor up, float[] latent) {
        float[] y = new float[up.rows];
        for (int o = 0; o < up.rows; o++) {
            y[o] = Kernels.dot(up.data, o * up.cols, latent, 0, up.cols);
        }
        return y;
    }

    private float[][] decompressed(StepContext s, float[][] q, long[][] attended) {
        WorkCounter wc = s.counter();
        int tokens = q.length;
        int heads = a.heads();
        int nope = m.qkNopeHeadDim();
        int v = m.vHeadDim();
        long firstNeeded = window.firstAttended(s.context());
        int span = Math.toIntExact(s.context() + s.newTokens() - firstNeeded);
        float[][][] keys = new float[s.batch()][span][];
        float[][][] values = new float[s.batch()][span][];
        for (int sequence = 0; sequence < s.batch(); sequence++) {
            for (int j = 0; j < span; j++) {
                float[] latent = s.cache().first(layer, sequence, firstNeeded + j);
                keys[sequence][j] = decompress(w.kUp(), latent);
                values[sequence][j] = decompress(w.vUp(), latent);
            }
        }
        long decompressed = (long) s.batch() * span;
        long upWidth = (long) w.kUp().rows + w.vUp().rows;
        wc.flops("kv_b_proj", FlopRules.PER_MULTIPLY_ADD * decompressed * m.kvLoraRank() * upWidth);
        wc.weights("kv_b_proj", w.kUp());
        wc.weights("kv_b_proj", w.vUp());
        wc.kv("kv_b_proj", decompressed * m.kvLoraRank(), 0);
        wc.activations("kv_b_proj", 0, decompressed * upWidth);
        float[][] out = new float[tokens][heads * v];
        float[] scores = new float[span];
        long pairs = 0;
        for (int t = 0; t < tokens; t++) {
            int sequence = s.sequenceOf(t);
            long[] positions = attended[t];
            int length = positions.length;
            for (int head = 0; head < heads; head++) {
                for (int j = 0; j < length; j++) {
                    int offset = Math.toIntExact(positions[j] - firstNeeded);
                    scores[j] = Kernels.dot(q[t], head * m.qkHeadDim(), keys[sequence][offset], head * nope, nope)
                            + Kernels.dot(q[t], head * m.qkHeadDim() + nope, s.cache().second(layer, sequence, positions[j]), 0,
                                    m.qkRopeHeadDim());
                }
                Softmax.apply(scores, length, scale, Float.NaN);
                for (int j = 0; j < length; j++) {
                    float[] value = values[sequence][Math.toIntExact(positions[j] - firstNeeded)];
                    for (int i = 0; i < v; i++) {
                        out[t][head * v + i] += scores[j] * value[head * v + i];
                    }
                }
                pairs += length;
            }
        }
        wc.flops("attention", pairs * (FlopRules.PER_MULTIPLY_ADD * (m.qkHeadDim() + v) + FlopRules.SOFTMAX_PER_SCORE));
        wc.activations("attention", (long) tokens * heads * m.qkHeadDim() + decompressed * heads * (nope + v),
                (long) tokens * heads * v);
        wc.kv("attention", positionsRead(s, attended) * m.qkRopeHeadDim(), 0);
        return out;
    }
}
