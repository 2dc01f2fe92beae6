package com.inferplan.engine.profile;

import java.util.List;

/**
 * Operators of identical layers ("dense.full", "moe.sliding128") or of the step's edges
 * ("embedding", "head"), in execution order.
 */
public record OperatorGroup(String name, int layerCount, List<Operator> operators) {

    public OperatorGroup {
        operators = List.copyOf(operators);
    }
}
