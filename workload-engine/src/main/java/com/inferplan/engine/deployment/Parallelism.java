package com.inferplan.engine.deployment;

/**
 * How one deployment splits a model over its chips. {@code tp} chips share every layer (tensor
 * parallel), {@code pp} groups of them hold consecutive layers (pipeline), {@code dp} identical
 * replicas serve independent requests. {@code ep} is how many of a replica's tensor-parallel ranks
 * the routed experts are spread over (1 = every rank holds a slice of every expert).
 * {@code attentionDataParallel}: the tp ranks of a MoE replica run attention data-parallel, each
 * for its own share of the sequences with all heads and its own KV cache, and meet only in the
 * expert layers (TensorRT-LLM {@code enable_attention_dp}, SGLang {@code --enable-dp-attention}).
 */
public record Parallelism(int tp, int pp, int ep, int dp, boolean attentionDataParallel) {

    public Parallelism {
        requireAtLeastOne("tp", tp);
        requireAtLeastOne("pp", pp);
        requireAtLeastOne("ep", ep);
        requireAtLeastOne("dp", dp);
        if (ep > tp * dp) {
            throw new InvalidDeploymentException("ep", ep, "cannot exceed tp × dp = " + tp * dp);
        }
    }

    public Parallelism(int tp, int pp, int ep, int dp) {
        this(tp, pp, ep, dp, false);
    }

    public static Parallelism single() {
        return new Parallelism(1, 1, 1, 1);
    }

    public int chips() {
        return tp * pp * dp;
    }

    public int chipsPerReplica() {
        return tp * pp;
    }

    public Parallelism withDp(int replicas) {
        return new Parallelism(tp, pp, ep, replicas, attentionDataParallel);
    }

    public String label() {
        return "tp" + tp + " pp" + pp + " ep" + ep + " dp" + dp + (attentionDataParallel ? " attention-dp" : "");
    }

    private static void requireAtLeastOne(String field, int value) {
        if (value < 1) {
            throw new InvalidDeploymentException(field, value, "must be at least 1");
        }
    }
}
