package com.inferplan.catalog;

import java.util.List;
import java.util.Locale;

/**
 * Numeric formats for weights, KV cache and arithmetic. {@link #bitsPerElement()} includes the
 * block-scale overhead of the microscaling formats, because that is what memory traffic pays:
 * MXFP4 stores one 8-bit scale per 32 values (4 + 8/32 = 4.25 bits), NVFP4 one FP8 scale per 16
 * (4 + 8/16 = 4.5 bits), INT4 group-quantised weights one 16-bit scale per 128 (4.125, rounded up
 * with the zero point to 4.25).
 */
public enum Precision {
    FP32(32),
    TF32(32),
    BF16(16),
    FP16(16),
    FP8(8),
    INT8(8),
    INT4(4.25),
    FP4(4.5),
    MXFP4(4.25),
    NVFP4(4.5);

    private final double bitsPerElement;

    Precision(double bitsPerElement) {
        this.bitsPerElement = bitsPerElement;
    }

    public double bitsPerElement() {
        return bitsPerElement;
    }

    public double bytesPerElement() {
        return bitsPerElement / 8.0;
    }

    /** The formats a chip's peak table is searched in, best first, when it lacks this one. */
    public List<Precision> fallbackChain() {
        return switch (this) {
            case FP32 -> List.of(FP32);
            case TF32 -> List.of(TF32, FP32);
            case BF16, FP16 -> List.of(BF16, FP32);
            case FP8 -> List.of(FP8, BF16, FP32);
            case INT8 -> List.of(INT8, FP8, BF16, FP32);
            case INT4 -> List.of(INT8, FP8, BF16, FP32);
            case FP4 -> List.of(FP4, FP8, BF16, FP32);
            case MXFP4 -> List.of(MXFP4, FP4, BF16, FP32);
            case NVFP4 -> List.of(NVFP4, FP4, FP8, BF16, FP32);
        };
    }

    /** Parses the lower-case names used in data files, CLI flags and the measurements CSV. */
    public static Precision parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("precision is empty; expected one of " + names());
        }
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "unknown precision '" + text + "'; expected one of " + names(), e);
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    private static String names() {
        StringBuilder sb = new StringBuilder();
        for (Precision p : values()) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(p.label());
        }
        return sb.toString();
    }
}
