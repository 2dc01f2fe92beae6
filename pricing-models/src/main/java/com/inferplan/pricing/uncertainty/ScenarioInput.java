package com.inferplan.pricing.uncertainty;

import com.inferplan.pricing.PricingInputException;
import com.inferplan.pricing.Require;
import com.inferplan.pricing.param.Bounds;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.random.Well19937c;

/**
 * A named input of a scenario. Draws outside {@code bounds} are rejected and redrawn (a truncated
 * distribution), so a price never goes negative and a utilization never exceeds 1.
 */
public record ScenarioInput(String name, String unit, UncertainValue value, Bounds bounds) {

    /** Below this much probability inside the bounds, truncation would distort the distribution beyond use. */
    static final double MIN_MASS_INSIDE_BOUNDS = 0.01;

    public ScenarioInput {
        Require.text("name", name);
        Require.text("unit", unit);
        if (!bounds.contains(value.base())) {
            throw new PricingInputException(name, value.base(), "base value must be in " + bounds);
        }
        if (massInside(value.distribution().sampler(new Well19937c(0)), bounds) < MIN_MASS_INSIDE_BOUNDS) {
            throw new PricingInputException(name, value.distribution(),
                    "less than 1% of this distribution lies in the allowed range " + bounds);
        }
    }

    public boolean isUncertain() {
        return !value.distribution().isFixed();
    }

    /** The p-quantile of the distribution truncated to the bounds. */
    public double quantile(double p) {
        if (!isUncertain()) {
            return value.base();
        }
        RealDistribution d = value.distribution().sampler(new Well19937c(0));
        double below = cdf(d, bounds.lower());
        double inside = massInside(d, bounds);
        double q = d.inverseCumulativeProbability(below + p * inside);
        return Math.min(Math.max(q, bounds.lower()), bounds.upper());
    }

    static double massInside(RealDistribution d, Bounds bounds) {
        if (d.getSupportLowerBound() == d.getSupportUpperBound()) {
            return bounds.contains(d.getSupportLowerBound()) ? 1 : 0;
        }
        return cdf(d, bounds.upper()) - cdf(d, bounds.lower());
    }

    private static double cdf(RealDistribution d, double x) {
        if (x == Double.NEGATIVE_INFINITY) {
            return 0;
        }
        return x == Double.POSITIVE_INFINITY ? 1 : d.cumulativeProbability(x);
    }
}
