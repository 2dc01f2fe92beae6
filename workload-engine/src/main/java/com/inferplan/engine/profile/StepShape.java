package com.inferplan.engine.profile;

import com.inferplan.engine.model.ModelArchitecture;
import com.inferplan.engine.model.TensorGroup;
import com.inferplan.engine.model.WeightPrecisions;

/** The sizes every operator builder needs, derived once per profile. */
record StepShape(
        ModelArchitecture arch,
        ProfileRequest request,
        WeightPrecisions weights,
        double activationBytes,
        double kvBytes,
        long batch,
        long newTokens,
        long tokens,
        long context) {

    static StepShape of(ModelArchitecture arch, ProfileRequest request) {
        WeightPrecisions weights = request.weights() == null
                ? arch.nativePrecisions()
                : arch.nativePrecisions().withMatrixWeights(request.weights());
        return new StepShape(arch, request, weights, request.activations().bytesPerElement(),
                request.kv().bytesPerElement(), request.batch(), request.newTokensPerSequence(),
                request.tokens(), request.context());
    }

    double weightBytes(TensorGroup group, double elements) {
        return elements * weights.bytesPerElement(group);
    }

    double vectorBytes(double elements) {
        return weightBytes(TensorGroup.VECTORS, elements);
    }

    boolean isDecode() {
        return request.phase() == Phase.DECODE;
    }
}
