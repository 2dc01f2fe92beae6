package com.inferplan.backend.pricing;

import com.inferplan.pricing.PricingInputException;
import com.inferplan.pricing.Require;
import com.inferplan.pricing.tokens.ChipThroughput;
import com.inferplan.pricing.tokens.EndToEndThroughput;
import com.inferplan.pricing.tokens.PhaseThroughput;
import com.inferplan.pricing.tokens.WorkloadMix;

/**
 * What one chip delivers and how busy it is, shared by every basis in a comparison (decision 0600).
 * {@code tokensPerSecond} is output tokens per chip-second. With {@code inputTokensPerSecond} (the
 * prefill rate per chip) input tokens are charged their share of chip time; without it the output
 * rate is read as end to end, so all chip time is charged to output tokens.
 */
public record ServingInputs(double tokensPerSecond, Double inputTokensPerSecond, double utilization,
                            WorkloadMix mix) {

    /** Three input tokens per output token: the blend used for published blended prices. */
    public static final double DEFAULT_INPUT_OUTPUT_RATIO = 3;

    public ServingInputs {
        Require.positive("tokensPerSecond", tokensPerSecond);
        if (inputTokensPerSecond != null) {
            Require.positive("inputTokensPerSecond", inputTokensPerSecond);
        }
        Require.utilization("utilization", utilization);
        if (mix == null) {
            throw new PricingInputException("mix", null, "a workload mix is required");
        }
    }

    /** A mix given as input tokens per output token, validated under the name people type. */
    public static WorkloadMix mixOfRatio(double inputOutputRatio) {
        Require.positive("inputOutputRatio", inputOutputRatio);
        return WorkloadMix.ratio(inputOutputRatio);
    }

    public ChipThroughput throughput() {
        // End to end: no prefill seconds, so the whole request's chip time is decode time.
        return inputTokensPerSecond == null
                ? new EndToEndThroughput(tokensPerSecond, 0, 1)
                : new PhaseThroughput(inputTokensPerSecond, tokensPerSecond);
    }

    public boolean chargesInputTokens() {
        return inputTokensPerSecond != null;
    }
}
