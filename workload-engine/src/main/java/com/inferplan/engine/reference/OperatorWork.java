package com.inferplan.engine.reference;

/**
 * Work the executor actually did for one operator name, summed over layers, in elements (the
 * executor runs in float32; a byte comparison multiplies by the profile's element size).
 */
public record OperatorWork(
        long flops,
        long weightElements,
        long activationElementsRead,
        long activationElementsWritten,
        long kvElementsRead,
        long kvElementsWritten) {

    OperatorWork plus(OperatorWork other) {
        return new OperatorWork(flops + other.flops, weightElements + other.weightElements,
                activationElementsRead + other.activationElementsRead,
                activationElementsWritten + other.activationElementsWritten,
                kvElementsRead + other.kvElementsRead, kvElementsWritten + other.kvElementsWritten);
    }
}
