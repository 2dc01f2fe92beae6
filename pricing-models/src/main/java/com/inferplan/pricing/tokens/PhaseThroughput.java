package com.inferplan.pricing.tokens;

import com.inferplan.pricing.Require;
import com.inferplan.pricing.param.Bounds;
import com.inferplan.pricing.param.Parameter;
import com.inferplan.pricing.param.ParameterValues;

import java.util.List;

/** Per-chip prefill (input) and decode (output) throughputs, each measured in its own phase. */
public record PhaseThroughput(double inputTokensPerSecond, double outputTokensPerSecond) implements ChipThroughput {

    public PhaseThroughput {
        Require.positive("inputTokensPerSecond", inputTokensPerSecond);
        Require.positive("outputTokensPerSecond", outputTokensPerSecond);
    }

    @Override
    public double chipSecondsPerRequest(WorkloadMix mix) {
        return prefillSeconds(mix) + mix.outputTokensPerRequest() / outputTokensPerSecond;
    }

    @Override
    public double prefillShare(WorkloadMix mix) {
        return prefillSeconds(mix) / chipSecondsPerRequest(mix);
    }

    private double prefillSeconds(WorkloadMix mix) {
        return mix.inputTokensPerRequest() / inputTokensPerSecond;
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(new Parameter("inputTokensPerSecond", inputTokensPerSecond, "tokens/s/chip", Bounds.positive()),
                new Parameter("outputTokensPerSecond", outputTokensPerSecond, "tokens/s/chip", Bounds.positive()));
    }

    @Override
    public PhaseThroughput withParameters(ParameterValues values) {
        return new PhaseThroughput(values.get("inputTokensPerSecond"), values.get("outputTokensPerSecond"));
    }
}
