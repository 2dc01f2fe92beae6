package com.inferplan.engine.reference;

import java.util.SplittableRandom;

/**
 * A float32 weight: a {@code rows × cols} matrix stored row-major (one row per output feature, as
 * in PyTorch's Linear), or a vector ({@code rows == 1}). Identity matters: the work counter credits
 * a tensor's elements once per step however many tokens read it.
 */
final class Tensor {

    private static final double SQRT_3 = Math.sqrt(3);

    final String name;
    final int rows;
    final int cols;
    final float[] data;
    private float[] inputMajor;

    private Tensor(String name, int rows, int cols, float[] data) {
        this.name = name;
        this.rows = rows;
        this.cols = cols;
        this.data = data;
    }

    /** Uniform entries of variance 1/cols, keeping activations of order one. */
    static Tensor matrix(String name, int rows, int cols, SplittableRandom random) {
        float[] data = new float[Math.multiplyExact(rows, cols)];
        double scale = 1 / Math.sqrt(cols);
        for (int i = 0; i < data.length; i++) {
            data[i] = (float) (unitVariance(random) * scale);
        }
        return new Tensor(name, rows, cols, data);
    }

    /** Entries of the given mean and standard deviation. */
    static Tensor vector(String name, int length, double mean, double spread, SplittableRandom random) {
        float[] data = new float[length];
        for (int i = 0; i < length; i++) {
            data[i] = (float) (mean + spread * unitVariance(random));
        }
        return new Tensor(name, 1, length, data);
    }

    long elements() {
        return (long) rows * cols;
    }

    /**
     * The same matrix stored {@code cols × rows} (one row per input feature), built on first use.
     * Lets a matrix product run its inner loop contiguously over outputs, which the JIT vectorises.
     */
    float[] inputMajor() {
        if (inputMajor == null) {
            float[] t = new float[data.length];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    t[c * rows + r] = data[r * cols + c];
                }
            }
            inputMajor = t;
        }
        return inputMajor;
    }

    /** Uniform on [-√3, √3): mean 0, variance 1, and cheap enough for calibration-sized models. */
    private static double unitVariance(SplittableRandom random) {
        return SQRT_3 * (2 * random.nextDouble() - 1);
    }
}
