package com.inferplan.pricing.uncertainty;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.inferplan.pricing.PricingInputException;
import com.inferplan.pricing.Require;
import org.apache.commons.math3.distribution.ConstantRealDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.random.RandomGenerator;

/** The spread of an uncertain input, backed by a Commons Math distribution (decision 0302). */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Distribution.Fixed.class, name = "fixed"),
        @JsonSubTypes.Type(value = Distribution.Triangular.class, name = "triangular"),
        @JsonSubTypes.Type(value = Distribution.Normal.class, name = "normal"),
        @JsonSubTypes.Type(value = Distribution.LogNormal.class, name = "lognormal"),
        @JsonSubTypes.Type(value = Distribution.Uniform.class, name = "uniform")})
public sealed interface Distribution {

    /** A distribution drawing from {@code random}; all inputs of a run share one seeded generator. */
    RealDistribution sampler(RandomGenerator random);

    default boolean isFixed() {
        return this instanceof Fixed;
    }

    /** No uncertainty: always the same value. */
    record Fixed(double value) implements Distribution {
        public Fixed {
            Require.finite("value", value);
        }

        @Override
        public RealDistribution sampler(RandomGenerator random) {
            return new ConstantRealDistribution(value);
        }
    }

    record Triangular(double min, double mode, double max) implements Distribution {
        public Triangular {
            Require.finite("min", min);
            Require.finite("mode", mode);
            Require.finite("max", max);
            if (!(min <= mode && mode <= max && min < max)) {
                throw new PricingInputException("triangular", min + ".." + mode + ".." + max,
                        "needs min <= mode <= max and min < max");
            }
        }

        @Override
        public RealDistribution sampler(RandomGenerator random) {
            return new TriangularDistribution(random, min, mode, max);
        }
    }

    record Normal(double mean, double standardDeviation) implements Distribution {
        public Normal {
            Require.finite("mean", mean);
            Require.positive("standardDeviation", standardDeviation);
        }

        @Override
        public RealDistribution sampler(RandomGenerator random) {
            return new NormalDistribution(random, mean, standardDeviation);
        }
    }

    /** Log-normal given by its median and the standard deviation {@code sigma} of ln(x). */
    record LogNormal(double median, double sigma) implements Distribution {
        public LogNormal {
            Require.positive("median", median);
            Require.positive("sigma", sigma);
        }

        /** The log-normal whose 10th and 90th percentiles are {@code p10} and {@code p90}. */
        public static LogNormal fromP10P90(double p10, double p90) {
            Require.positive("p10", p10);
            if (p90 <= p10) {
                throw new PricingInputException("p90", p90, "must be above p10 (" + p10 + ")");
            }
            double z90 = 1.2815515655446004;
            return new LogNormal(Math.sqrt(p10 * p90), Math.log(p90 / p10) / (2 * z90));
        }

        @Override
        public RealDistribution sampler(RandomGenerator random) {
            return new LogNormalDistribution(random, Math.log(median), sigma,
                    LogNormalDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY);
        }
    }

    record Uniform(double min, double max) implements Distribution {
        public Uniform {
            Require.finite("min", min);
            Require.finite("max", max);
            if (min >= max) {
                throw new PricingInputException("uniform", min + ".." + max, "needs min < max");
            }
        }

        @Override
        public RealDistribution sampler(RandomGenerator random) {
            return new UniformRealDistribution(random, min, max);
        }
    }
}
