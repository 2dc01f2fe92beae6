package com.inferplan.engine.model;

/**
 * How a checkpoint stores its group-quantised INT4 weights, from its {@code quantization_config}:
 * one scale of {@code scaleBits} per {@code groupSize} weights and, for asymmetric schemes, a zero
 * point of {@code zeroPointBits} per group (compressed-tensors packs them like the weights). Kimi
 * K2.5: groups of 32 with BF16 scales, symmetric, so 4 + 16/32 = 4.5 bits per weight. Without one,
 * INT4 keeps {@link com.inferplan.catalog.Precision#INT4}'s generic 4.25 bits.
 */
public record Int4Packing(int groupSize, int scaleBits, int zeroPointBits) {

    private static final int WEIGHT_BITS = 4;

    public Int4Packing {
        if (groupSize <= 0 || scaleBits <= 0 || zeroPointBits < 0) {
            throw new IllegalArgumentException("INT4 packing needs a positive group size and scale width, got group "
                    + groupSize + ", scale " + scaleBits + " bits, zero point " + zeroPointBits + " bits");
        }
    }

    public double bitsPerElement() {
        return WEIGHT_BITS + (double) (scaleBits + zeroPointBits) / groupSize;
    }
}
