package com.inferplan.engine.reference;

import com.inferplan.engine.profile.FlopRules;
import java.util.stream.IntStream;

/**
 * Float32 kernels that report their own work to a {@link WorkCounter}. Counts derive from the loop
 * bounds actually run (rows, outputs, inner length), using the {@link FlopRules} costs.
 */
final class Kernels {

    static final float NORM_EPSILON = 1e-6f;
    private static final float GPT_OSS_ALPHA = 1.702f;
    private static final float GPT_OSS_LIMIT = 7.0f;
    /** Multiply-adds above which a product is split across cores. */
    private static final long PARALLEL_WORK = 1L << 20;
    /** Outputs per slice (one slice is one parallel task). */
    private static final int SLICE = 256;
    /** Token rows sharing one pass over a slice of the weights. */
    private static final int ROW_BLOCK = 16;

    private Kernels() {
    }

    /** y = x · Wᵀ (+ bias). */
    static float[][] linear(WorkCounter wc, String op, float[][] x, Tensor w, Tensor bias) {
        float[][] y = linearUncounted(x, w, bias);
        long outputs = (long) x.length * w.rows;
        wc.flops(op, FlopRules.PER_MULTIPLY_ADD * outputs * w.cols + (bias == null ? 0 : FlopRules.BIAS_PER_ELEMENT * outputs));
        wc.weights(op, w);
        wc.weights(op, bias);
        wc.activations(op, (long) x.length * w.cols, outputs);
        return y;
    }

    /** Fused expert gate and up projections: x read once, [gate | up] written. */
    static float[][] gateUp(WorkCounter wc, String op, float[][] x, Tensor gate, Tensor up, Tensor gateBias, Tensor upBias) {
        int width = gate.rows;
        float[][] g = linearUncounted(x, gate, gateBias);
        float[][] u = linearUncounted(x, up, upBias);
        float[][] y = new float[x.length][2 * width];
        for (int r = 0; r < x.length; r++) {
            System.arraycopy(g[r], 0, y[r], 0, width);
            System.arraycopy(u[r], 0, y[r], width, width);
        }
        long outputs = (long) x.length * width * 2;
        wc.flops(op, FlopRules.PER_MULTIPLY_ADD * outputs * gate.cols + (gateBias == null ? 0 : FlopRules.BIAS_PER_ELEMENT * outputs));
        wc.weights(op, gate);
        wc.weights(op, up);
        wc.weights(op, gateBias);
        wc.weights(op, upBias);
        wc.activations(op, (long) x.length * gate.cols, outputs);
        return y;
    }

    /** RMSNorm of every row. */
    static float[][] rmsNorm(WorkCounter wc, String op, float[][] x, Tensor weight) {
        float[][] y = new float[x.length][];
        for (int r = 0; r < x.length; r++) {
            y[r] = x[r].clone();
            normalize(wc, op, y[r], 0, weight);
        }
        return y;
    }

    /** RMSNorm in place of {@code data[offset .. offset + weight.cols)}. */
    static void normalize(WorkCounter wc, String op, float[] data, int offset, Tensor weight) {
        normalize(wc, op, data, offset, weight.cols, weight);
    }

    /** RMSNorm without a scale weight (Llama 4's L2 q/k norm) in place of {@code data[offset .. offset + width)}. */
    static void normalizeUnweighted(WorkCounter wc, String op, float[] data, int offset, int width) {
        normalize(wc, op, data, offset, width, null);
    }

    private static void normalize(WorkCounter wc, String op, float[] data, int offset, int width, Tensor weight) {
        double squares = 0;
        for (int i = 0; i < width; i++) {
            squares += data[offset + i] * data[offset + i];
        }
        float scale = (float) (1 / Math.sqrt(squares / width + NORM_EPSILON));
        for (int i = 0; i < width; i++) {
            data[offset + i] = data[offset + i] * scale * (weight == null ? 1 : weight.data[i]);
        }
        int perElement = weight == null ? FlopRules.L2_NORM_PER_ELEMENT : FlopRules.RMS_NORM_PER_ELEMENT;
        wc.flops(op, (long) perElement * width);
        wc.weights(op, weight);
        wc.activations(op, width, width);
    }

    /** Rotates {@code data[offset .. offset + width)} by its position (rotate-half pairing). */
    static void rope(WorkCounter wc, String op, float[] data, int offset, int width, long position, double theta) {
        int half = width / 2;
        for (int i = 0; i < half; i++) {
            double angle = position * Math.pow(theta, -2.0 * i / width);
            float cos = (float) Math.cos(angle);
            float sin = (float) Math.sin(angle);
            float a = data[offset + i];
            float b = data[offset + half + i];
            data[offset + i] = a * cos - b * sin;
            data[offset + half + i] = b * cos + a * sin;
        }
        wc.flops(op, (long) FlopRules.ROPE_PER_ELEMENT * width);
        wc.activations(op, width, width);
    }

    /** SwiGLU of [gate | up] rows; gpt-oss's clamped variant when {@code clamped}. */
    static float[][] swiGlu(WorkCounter wc, String op, float[][] gateUp, int width, boolean clamped) {
        float[][] y = new float[gateUp.length][width];
        for (int r = 0; r < gateUp.length; r++) {
            for (int i = 0; i < width; i++) {
                float g = gateUp[r][i];
                float u = gateUp[r][width + i];
                y[r][i] = clamped ? clampedSwiGlu(g, u) : (float) (g / (1 + Math.exp(-g))) * u;
            }
        }
        long elements = (long) gateUp.length * width;
        wc.flops(op, FlopRules.swiGluPerElement(clamped) * elements);
        wc.activations(op, 2 * elements, elements);
        return y;
    }

    /** Squared ReLU, max(0, x)² (Nemotron-H's MLP activation). */
    static float[][] relu2(WorkCounter wc, String op, float[][] x) {
        float[][] y = new float[x.length][];
        for (int r = 0; r < x.length; r++) {
            y[r] = new float[x[r].length];
            for (int i = 0; i < y[r].length; i++) {
                float positive = Math.max(0, x[r][i]);
                y[r][i] = positive * positive;
            }
        }
        long elements = (long) x.length * x[0].length;
        wc.flops(op, FlopRules.RELU2_PER_ELEMENT * elements);
        wc.activations(op, elements, elements);
        return y;
    }

    static float[][] add(WorkCounter wc, String op, float[][] a, float[][] b) {
        float[][] y = new float[a.length][];
        for (int r = 0; r < a.length; r++) {
            y[r] = a[r].clone();
            for (int i = 0; i < y[r].length; i++) {
                y[r][i] += b[r][i];
            }
        }
        long elements = (long) a.length * a[0].length;
        wc.flops(op, FlopRules.RESIDUAL_PER_ELEMENT * elements);
        wc.activations(op, 2 * elements, elements);
        return y;
    }

    static float dot(float[] a, int aOffset, float[] b, int bOffset, int length) {
        // four independent accumulators let the CPU overlap the multiply-adds
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int i = 0;
        for (; i + 3 < length; i += 4) {
            s0 += a[aOffset + i] * b[bOffset + i];
            s1 += a[aOffset + i + 1] * b[bOffset + i + 1];
            s2 += a[aOffset + i + 2] * b[bOffset + i + 2];
            s3 += a[aOffset + i + 3] * b[bOffset + i + 3];
        }
        for (; i < length; i++) {
            s0 += a[aOffset + i] * b[bOffset + i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /**
     * y = x · Wᵀ (+ bias) with the input-major copy of W: for each input feature k, its weight row is
     * read once and applied to every token row (so weights stream from memory once per step), and the
     * inner loop over outputs vectorises. Large products split the outputs across the cores. With
     * more than {@link #ROW_BLOCK} rows the weights are re-read per block (from cache in practice).
     */
    private static float[][] linearUncounted(float[][] x, Tensor w, Tensor bias) {
        float[] weights = w.inputMajor();
        float[][] y = new float[x.length][w.rows];
        if (bias != null) {
            for (float[] row : y) {
                System.arraycopy(bias.data, 0, row, 0, w.rows);
            }
        }
        int slices = (w.rows + SLICE - 1) / SLICE;
        IntStream range = IntStream.range(0, slices);
        if ((long) x.length * w.rows * w.cols >= PARALLEL_WORK) {
            range = range.parallel();
        }
        range.forEach(slice -> accumulate(x, weights, w.rows, y, slice * SLICE, Math.min(w.rows, (slice + 1) * SLICE)));
        return y;
    }

    /** Outputs [from, to) for blocks of rows, so the block's partial sums stay in the L1 cache. */
    private static void accumulate(float[][] x, float[] weights, int outputs, float[][] y, int from, int to) {
        int inputs = x[0].length;
        for (int first = 0; first < x.length; first += ROW_BLOCK) {
            int last = Math.min(x.length, first + ROW_BLOCK);
            for (int k = 0; k < inputs; k++) {
                int base = k * outputs;
                for (int r = first; r < last; r++) {
                    float xk = x[r][k];
                    float[] yr = y[r];
                    for (int o = from; o < to; o++) {
                        yr[o] += xk * weights[base + o];
                    }
                }
            }
        }
    }

    private static float clampedSwiGlu(float gate, float up) {
        float g = Math.min(gate, GPT_OSS_LIMIT);
        float u = Math.max(-GPT_OSS_LIMIT, Math.min(up, GPT_OSS_LIMIT));
        float glu = (float) (g / (1 + Math.exp(-GPT_OSS_ALPHA * g)));
        return (u + 1) * glu;
    }
}
