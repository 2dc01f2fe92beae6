package com.inferplan.engine.profile;

import com.inferplan.catalog.Precision;
import com.inferplan.engine.model.TensorGroup;
import java.util.ArrayList;
import java.util.List;

/** Collects the operators of one group; activation and KV arguments are element counts. */
final class LayerOps {

    private final StepShape s;
    private final int layerCount;
    private final List<Operator> operators = new ArrayList<>(24);

    LayerOps(StepShape s, int layerCount) {
        this.s = s;
        this.layerCount = layerCount;
    }

    /** y[rows × out] = x[rows × in] · W (+ bias): 2·rows·in·out FLOPs, W read once. */
    void gemm(String name, OperatorKind kind, double rows, long in, long out, TensorGroup group, boolean bias) {
        double flops = FlopRules.PER_MULTIPLY_ADD * rows * in * out + (bias ? FlopRules.BIAS_PER_ELEMENT * rows * out : 0);
        double weightBytes = s.weightBytes(group, (double) in * out) + (bias ? s.vectorBytes(out) : 0);
        add(name, kind, flops, weightBytes, rows * in, rows * out, 0, 0, s.weights().of(group));
    }

    /** RMSNorm of {@code rows} vectors of {@code width}. */
    void norm(String name, double rows, long width) {
        double elements = rows * width;
        add(name, OperatorKind.NORM, FlopRules.RMS_NORM_PER_ELEMENT * elements, s.vectorBytes(width),
                elements, elements, 0, 0, activationPrecision());
    }

    void elementwise(String name, double flops, double readElements, double writtenElements) {
        add(name, OperatorKind.ELEMENTWISE, flops, 0, readElements, writtenElements, 0, 0, activationPrecision());
    }

    void residual(String name) {
        double elements = (double) s.tokens() * s.arch().hidden();
        elementwise(name, FlopRules.RESIDUAL_PER_ELEMENT * elements, 2 * elements, elements);
    }

    void add(String name, OperatorKind kind, double flops, double weightBytes, double actReadElements,
             double actWrittenElements, double kvReadElements, double kvWrittenElements, Precision compute) {
        operators.add(new Operator(name, kind, layerCount, flops, weightBytes,
                actReadElements * s.activationBytes(), actWrittenElements * s.activationBytes(),
                kvReadElements * s.kvBytes(), kvWrittenElements * s.kvBytes(), compute));
    }

    /** An operator whose cached data (a linear layer's state) is given in bytes, not KV elements. */
    void stateful(String name, OperatorKind kind, double flops, double weightBytes, double actReadElements,
                  double actWrittenElements, double stateBytesRead, double stateBytesWritten) {
        operators.add(new Operator(name, kind, layerCount, flops, weightBytes,
                actReadElements * s.activationBytes(), actWrittenElements * s.activationBytes(),
                stateBytesRead, stateBytesWritten, activationPrecision()));
    }

    Precision activationPrecision() {
        return s.request().activations();
    }

    OperatorGroup toGroup(String name) {
        return new OperatorGroup(name, layerCount, operators);
    }
}
