package com.inferplan.engine.profile;

import com.inferplan.catalog.Precision;

/**
 * One operator of a step. FLOPs and bytes are for a single layer; the step performs the operator
 * {@code layerCount} times (1 for embedding, head and sampling). GEMMs compute at their weight
 * precision (a performance model falls back along {@link Precision#fallbackChain()} where a chip
 * lacks it); everything else at the activation precision.
 */
public record Operator(
        String name,
        OperatorKind kind,
        int layerCount,
        double flops,
        double weightBytes,
        double activationBytesRead,
        double activationBytesWritten,
        double kvBytesRead,
        double kvBytesWritten,
        Precision computePrecision) {

    /** Bytes moved by one layer's instance. */
    public double bytes() {
        return weightBytes + activationBytesRead + activationBytesWritten + kvBytesRead + kvBytesWritten;
    }

    public double totalFlops() {
        return flops * layerCount;
    }

    public double totalBytes() {
        return bytes() * layerCount;
    }

    /** FLOPs per byte moved; 0 for an operator that moves nothing. */
    public double arithmeticIntensity() {
        double bytes = bytes();
        return bytes == 0 ? 0 : flops / bytes;
    }
}
