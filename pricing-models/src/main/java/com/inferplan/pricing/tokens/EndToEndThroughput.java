package com.inferplan.pricing.tokens;

import com.inferplan.pricing.PricingInputException;
import com.inferplan.pricing.Require;
import com.inferplan.pricing.param.Bounds;
import com.inferplan.pricing.param.Parameter;
import com.inferplan.pricing.param.ParameterValues;

import java.util.List;

/**
 * Output tokens per chip-second measured end to end (prefill time included), with the prefill and
 * decode seconds of a typical request giving the share of chip time to charge to input tokens.
 */
public record EndToEndThroughput(double outputTokensPerSecond, double prefillSecondsPerRequest,
                                 double decodeSecondsPerRequest) implements ChipThroughput {

    public EndToEndThroughput {
        Require.positive("outputTokensPerSecond", outputTokensPerSecond);
        Require.nonNegative("prefillSecondsPerRequest", prefillSecondsPerRequest);
        Require.nonNegative("decodeSecondsPerRequest", decodeSecondsPerRequest);
        if (prefillSecondsPerRequest + decodeSecondsPerRequest == 0) {
            throw new PricingInputException("decodeSecondsPerRequest", decodeSecondsPerRequest,
                    "prefill and decode seconds per request cannot both be zero");
        }
    }

    @Override
    public double chipSecondsPerRequest(WorkloadMix mix) {
        return mix.outputTokensPerRequest() / outputTokensPerSecond;
    }

    @Override
    public double prefillShare(WorkloadMix mix) {
        return prefillSecondsPerRequest / (prefillSecondsPerRequest + decodeSecondsPerRequest);
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(new Parameter("outputTokensPerSecond", outputTokensPerSecond, "tokens/s/chip", Bounds.positive()),
                new Parameter("prefillSecondsPerRequest", prefillSecondsPerRequest, "s", Bounds.nonNegative()),
                new Parameter("decodeSecondsPerRequest", decodeSecondsPerRequest, "s", Bounds.nonNegative()));
    }

    @Override
    public EndToEndThroughput withParameters(ParameterValues values) {
        return new EndToEndThroughput(values.get("outputTokensPerSecond"), values.get("prefillSecondsPerRequest"),
                values.get("decodeSecondsPerRequest"));
    }
}
