package com.inferplan.engine.loadtest;

import com.inferplan.engine.serving.validation.InvalidInputException;
import com.inferplan.engine.serving.validation.Require;
import com.inferplan.engine.serving.workload.ArrivalProcess;
import com.inferplan.engine.serving.workload.GammaArrivals;
import com.inferplan.engine.serving.workload.LengthDistribution;
import com.inferplan.engine.serving.workload.PoissonArrivals;
import com.inferplan.engine.serving.workload.SyntheticWorkload;

/**
 * The offered traffic of a load test: arrivals at {@code ratePerSecond} (Poisson when
 * {@code burstiness} is 1, gamma-bursty above), lognormal prompt and answer lengths given by their
 * mean and the sigma of the underlying normal (0: every request the same length).
 */
public record WorkloadShape(double ratePerSecond, long requests, double burstiness, double inputMeanTokens,
                            double inputSigma, double outputMeanTokens, double outputSigma, long seed) {

    /** Bounds one run's cost: 2 million requests simulate in seconds (docs/benchmarks.md, "serving"). */
    public static final long MAX_REQUESTS = 2_000_000;
    /** What "bursty" means when no burstiness is given: gaps with a squared coefficient of variation of 4. */
    public static final double BURSTY_DEFAULT = 4;
    /** Lognormal sigmas above this put most tokens in a handful of absurdly long requests. */
    static final double MAX_SIGMA = 3;

    public WorkloadShape {
        Require.positive("rate", ratePerSecond);
        Require.positive("requests", requests);
        if (requests > MAX_REQUESTS) {
            throw new InvalidInputException("requests", requests, "must be at most " + MAX_REQUESTS
                    + " per run; simulate a sample and scale, the percentiles converge long before");
        }
        Require.positive("burstiness", burstiness);
        Require.positive("inputMean", inputMeanTokens);
        Require.positive("outputMean", outputMeanTokens);
        sigma("inputSigma", inputSigma);
        sigma("outputSigma", outputSigma);
    }

    public boolean poisson() {
        return burstiness == 1;
    }

    public WorkloadShape withRate(double rate) {
        return new WorkloadShape(rate, requests, burstiness, inputMeanTokens, inputSigma, outputMeanTokens, outputSigma,
                seed);
    }

    public WorkloadShape withRequests(long count) {
        return new WorkloadShape(ratePerSecond, count, burstiness, inputMeanTokens, inputSigma, outputMeanTokens,
                outputSigma, seed);
    }

    /**
     * The simulator's workload for a model with {@code contextTokens} of context: each length is
     * clipped so that it plus the other length's mean fits the window.
     */
    public SyntheticWorkload toWorkload(int contextTokens) {
        if (inputMeanTokens + outputMeanTokens > contextTokens) {
            throw new InvalidInputException("inputMean + outputMean", inputMeanTokens + outputMeanTokens,
                    "exceeds the model's context of " + contextTokens + " tokens");
        }
        int inputMax = (int) Math.ceil(contextTokens - outputMeanTokens);
        int outputMax = (int) Math.ceil(contextTokens - inputMeanTokens);
        return new SyntheticWorkload(arrivals(), LengthDistribution.lognormal(inputMeanTokens, inputSigma, inputMax),
                LengthDistribution.lognormal(outputMeanTokens, outputSigma, outputMax), requests, seed);
    }

    private ArrivalProcess arrivals() {
        return poisson() ? new PoissonArrivals(ratePerSecond) : new GammaArrivals(ratePerSecond, burstiness);
    }

    private static void sigma(String field, double value) {
        Require.nonNegative(field, value);
        if (value > MAX_SIGMA) {
            throw new InvalidInputException(field, value, "must be at most " + MAX_SIGMA);
        }
    }
}
