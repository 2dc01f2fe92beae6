package com.inferplan.pricing.tokens;

/**
 * The lowest utilization at which two options cost the same per token. A grid of 1,000 steps over
 * (0, 1] finds the first sign change of the cost difference and bisection refines it; curves are
 * continuous but may be piecewise (take-or-pay floors), so no closed form is assumed.
 */
public final class BreakEven {

    private static final int GRID_STEPS = 1000;
    private static final int BISECTION_STEPS = 60;

    private BreakEven() {
    }

    public static BreakEvenResult utilization(CostCurve a, CostCurve b) {
        double previousU = 1.0 / GRID_STEPS;
        double previousDiff = difference(a, b, previousU);
        if (previousDiff == 0) {
            return crossing(a, b, previousU);
        }
        for (int step = 2; step <= GRID_STEPS; step++) {
            double u = (double) step / GRID_STEPS;
            double diff = difference(a, b, u);
            if (diff == 0 || Math.signum(diff) != Math.signum(previousDiff)) {
                return crossing(a, b, diff == 0 ? u : bisect(a, b, previousU, u));
            }
            previousU = u;
            previousDiff = diff;
        }
        CostCurve cheaper = previousDiff < 0 ? a : b;
        CostCurve dearer = previousDiff < 0 ? b : a;
        return new BreakEvenResult.NoCrossing(cheaper.name(), dearer.name());
    }

    private static double bisect(CostCurve a, CostCurve b, double low, double high) {
        double lowSign = Math.signum(difference(a, b, low));
        for (int i = 0; i < BISECTION_STEPS; i++) {
            double mid = (low + high) / 2;
            if (Math.signum(difference(a, b, mid)) == lowSign) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return (low + high) / 2;
    }

    private static BreakEvenResult crossing(CostCurve a, CostCurve b, double u) {
        boolean aCheaperAbove = difference(a, b, Math.min(1.0, u + 1.0 / GRID_STEPS)) < 0;
        return new BreakEvenResult.Crossing(u, a.usdPerMillionTokens(u),
                aCheaperAbove ? a.name() : b.name(), aCheaperAbove ? b.name() : a.name());
    }

    private static double difference(CostCurve a, CostCurve b, double u) {
        return a.usdPerMillionTokens(u) - b.usdPerMillionTokens(u);
    }
}
