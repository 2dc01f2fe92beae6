package com.inferplan.engine.perf;

import com.inferplan.catalog.Precision;
import com.inferplan.engine.profile.OperatorKind;

/**
 * One operator of one layer instance as linear functions of a step's work: FLOPs =
 * f0 + fT·tokens + fS·sequences + fA·attended pairs, bytes = weights + bT·tokens + bS·sequences
 * + bR·cached positions read. For routed-expert operators {@code weightBytes} is the bytes of one
 * expert; the step multiplies it by the experts its tokens touch. {@code window} is the layer's
 * sliding window (0 = full attention), which caps pairs and positions per sequence; {@code group}
 * is its profile group (0 = embedding, then the layer groups, last = head); {@code attentionBlock}
 * marks the operators from a layer's attention norm to its attention residual.
 */
record OperatorCoefficients(String name, OperatorKind kind, int group, boolean attentionBlock, int layerCount,
                            int window, Precision precision,
                            double flopsFixed, double flopsPerToken, double flopsPerSequence, double flopsPerPair,
                            double weightBytes, double bytesPerToken, double bytesPerSequence,
                            double bytesPerPosition) {

    boolean routedExpert() {
        return kind == OperatorKind.EXPERT_GEMM;
    }

    double flops(double tokens, double sequences, double pairs) {
        return flopsFixed + flopsPerToken * tokens + flopsPerSequence * sequences + flopsPerPair * pairs;
    }

    /** Bytes besides weights: activations, KV written and KV read. */
    double streamedBytes(double tokens, double sequences, double positions) {
        return bytesPerToken * tokens + bytesPerSequence * sequences + bytesPerPosition * positions;
    }
}
