package com.inferplan.pricing.tokens;

import com.inferplan.pricing.param.Parameter;
import com.inferplan.pricing.param.ParameterValues;

import java.util.List;

/**
 * What one chip delivers, in a form that lets chip time be split between input (prefill) and
 * output (decode) tokens (decision 0303).
 */
public sealed interface ChipThroughput permits PhaseThroughput, EndToEndThroughput {

    /** Chip-seconds one request of this mix occupies, counting concurrency (per chip, not wall time). */
    double chipSecondsPerRequest(WorkloadMix mix);

    /** Share of that chip time spent on prefill, which is charged to input tokens. */
    double prefillShare(WorkloadMix mix);

    List<Parameter> parameters();

    ChipThroughput withParameters(ParameterValues values);
}
