package com.inferplan.pricing.tokens;

import com.inferplan.pricing.Require;

/**
 * Tokens per request of a workload. {@code cachedInputFraction} only changes API bills (cached input
 * is priced lower); on owned or rented chips a prompt cache shows up as higher prefill throughput.
 */
public record WorkloadMix(double inputTokensPerRequest, double outputTokensPerRequest, double cachedInputFraction) {

    public WorkloadMix {
        Require.positive("inputTokensPerRequest", inputTokensPerRequest);
        Require.positive("outputTokensPerRequest", outputTokensPerRequest);
        Require.fraction("cachedInputFraction", cachedInputFraction);
    }

    /** A mix given only as input:output ratio, e.g. 3 for the common 3:1 blend. */
    public static WorkloadMix ratio(double inputTokensPerOutputToken) {
        return new WorkloadMix(inputTokensPerOutputToken, 1, 0);
    }

    public double tokensPerRequest() {
        return inputTokensPerRequest + outputTokensPerRequest;
    }
}
