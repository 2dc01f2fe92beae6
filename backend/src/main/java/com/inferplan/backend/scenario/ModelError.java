package com.inferplan.backend.scenario;

import com.inferplan.pricing.uncertainty.Distribution;

/**
 * The performance model's validated error, carried into every cost range as a spread on tokens/s per
 * chip (docs/decisions/0705-cost-ranges-and-base-case.md): the median absolute error of its predictions
 * against the 314 published measurements of the extended set (9.6 %, docs/benchmarks.md) read as a
 * lognormal error around the prediction, σ = ln(1 + 0.096) / 0.6745 (the median of |z| is 0.6745 σ).
 */
final class ModelError {

    static final double MEDIAN_ABS_ERROR = 0.096;
    static final double SIGMA = Math.log(1 + MEDIAN_ABS_ERROR) / 0.6745;
    /** The throughput parameter of the pricing library's end-to-end throughput. */
    static final String THROUGHPUT_INPUT = "outputTokensPerSecond";

    private ModelError() {
    }

    static Distribution aroundThroughput(double tokensPerSecondPerChip) {
        return new Distribution.LogNormal(tokensPerSecondPerChip, SIGMA);
    }
}
