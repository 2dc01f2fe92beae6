package com.inferplan.engine.reference;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Accumulates the work of one step as the kernels run. Weight tensors are credited once per step
 * (perfect on-chip reuse across tokens, the roofline convention); gathers credit the rows they read.
 */
final class WorkCounter {

    private static final int FLOPS = 0;
    private static final int WEIGHTS = 1;
    private static final int ACT_READ = 2;
    private static final int ACT_WRITTEN = 3;
    private static final int KV_READ = 4;
    private static final int KV_WRITTEN = 5;

    private final Map<String, long[]> work = new LinkedHashMap<>();
    private final Set<Tensor> touched = Collections.newSetFromMap(new IdentityHashMap<>());
    private long distinctExperts;
    private int moeLayers;

    void flops(String op, long flops) {
        slot(op)[FLOPS] += flops;
    }

    void weights(String op, Tensor tensor) {
        if (tensor != null && touched.add(tensor)) {
            slot(op)[WEIGHTS] += tensor.elements();
        }
    }

    void gatheredWeights(String op, long elements) {
        slot(op)[WEIGHTS] += elements;
    }

    void activations(String op, long read, long written) {
        long[] s = slot(op);
        s[ACT_READ] += read;
        s[ACT_WRITTEN] += written;
    }

    void kv(String op, long read, long written) {
        long[] s = slot(op);
        s[KV_READ] += read;
        s[KV_WRITTEN] += written;
    }

    void moeLayer(int distinctExpertsTouched) {
        distinctExperts += distinctExpertsTouched;
        moeLayers++;
    }

    WorkCounts finish() {
        Map<String, OperatorWork> byOperator = new LinkedHashMap<>();
        work.forEach((op, s) -> byOperator.put(op,
                new OperatorWork(s[FLOPS], s[WEIGHTS], s[ACT_READ], s[ACT_WRITTEN], s[KV_READ], s[KV_WRITTEN])));
        return new WorkCounts(byOperator, distinctExperts, moeLayers);
    }

    private long[] slot(String op) {
        return work.computeIfAbsent(op, k -> new long[6]);
    }
}
