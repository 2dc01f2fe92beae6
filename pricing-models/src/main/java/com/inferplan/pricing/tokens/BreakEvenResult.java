package com.inferplan.pricing.tokens;

/** Outcome of a break-even search between two options. */
public sealed interface BreakEvenResult {

    /** The options cost the same at {@code utilization}; above it {@code cheaperAbove} wins. */
    record Crossing(double utilization, double usdPerMillionTokens, String cheaperAbove, String cheaperBelow)
            implements BreakEvenResult {
    }

    /** One option is cheaper at every utilization in (0, 1]. */
    record NoCrossing(String alwaysCheaper, String alwaysDearer) implements BreakEvenResult {
    }
}
