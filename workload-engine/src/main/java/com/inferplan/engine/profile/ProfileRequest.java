package com.inferplan.engine.profile;

import com.inferplan.catalog.Precision;

/**
 * One step to profile. {@code context}: tokens already in each sequence's KV cache before the step.
 * {@code promptTokens}: new tokens per sequence in prefill (must be 0 in decode, which adds one).
 * {@code weights}: precision of the large GEMM weights, null = the checkpoint's native precisions.
 * {@code kv} and {@code activations} default to BF16 when null.
 */
public record ProfileRequest(
        Phase phase,
        int batch,
        int context,
        int promptTokens,
        Precision weights,
        Precision kv,
        Precision activations) {

    public ProfileRequest {
        if (phase == null) {
            throw new InvalidProfileRequestException("phase", null, "must be PREFILL or DECODE");
        }
        if (batch < 1) {
            throw new InvalidProfileRequestException("batch", batch, "must be at least 1 sequence");
        }
        if (context < 0) {
            throw new InvalidProfileRequestException("context", context, "tokens already cached cannot be negative");
        }
        if (phase == Phase.PREFILL && promptTokens < 1) {
            throw new InvalidProfileRequestException("promptTokens", promptTokens, "prefill needs at least 1 new token per sequence");
        }
        if (phase == Phase.DECODE && promptTokens != 0) {
            throw new InvalidProfileRequestException("promptTokens", promptTokens, "decode adds exactly one token per sequence; pass 0");
        }
        kv = kv == null ? Precision.BF16 : kv;
        activations = activations == null ? Precision.BF16 : activations;
    }

    public static ProfileRequest decode(int batch, int context) {
        return new ProfileRequest(Phase.DECODE, batch, context, 0, null, null, null);
    }

    public static ProfileRequest prefill(int batch, int context, int promptTokens) {
        return new ProfileRequest(Phase.PREFILL, batch, context, promptTokens, null, null, null);
    }

    public ProfileRequest withWeights(Precision precision) {
        return new ProfileRequest(phase, batch, context, promptTokens, precision, kv, activations);
    }

    public ProfileRequest withKv(Precision precision) {
        return new ProfileRequest(phase, batch, context, promptTokens, weights, precision, activations);
    }

    public ProfileRequest withActivations(Precision precision) {
        return new ProfileRequest(phase, batch, context, promptTokens, weights, kv, precision);
    }

    /** New tokens per sequence in this step. */
    public int newTokensPerSequence() {
        return phase == Phase.PREFILL ? promptTokens : 1;
    }

    /** Tokens processed by the step across the batch. */
    public long tokens() {
        return (long) batch * newTokensPerSequence();
    }
}
