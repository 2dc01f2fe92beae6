package com.inferplan.engine.reference;

import java.util.Map;

/**
 * What one executed step did: work per operator name (summed over layers) and, for MoE models,
 * the distinct routed experts touched summed over MoE layers.
 */
public record WorkCounts(Map<String, OperatorWork> byOperator, long distinctExpertsTouched, int moeLayersRun) {

    public WorkCounts {
        byOperator = Map.copyOf(byOperator);
    }

    public OperatorWork operator(String name) {
        OperatorWork work = byOperator.get(name);
        if (work == null) {
            throw new IllegalArgumentException("the step ran no operator '" + name + "'; ran " + byOperator.keySet());
        }
        return work;
    }

    public OperatorWork total() {
        OperatorWork sum = new OperatorWork(0, 0, 0, 0, 0, 0);
        for (OperatorWork work : byOperator.values()) {
            sum = sum.plus(work);
        }
        return sum;
    }

    /** Mean distinct experts per MoE layer; 0 for dense models. */
    public double meanDistinctExperts() {
        return moeLayersRun == 0 ? 0 : (double) distinctExpertsTouched / moeLayersRun;
    }
}
