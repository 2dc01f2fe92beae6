package com.inferplan.engine.perf;

/**
 * Multipliers a calibration applies on top of the documented defaults of one family (or family and
 * framework): compute and memory efficiencies, per-layer and per-step overheads.
 */
public record EfficiencyAdjustment(double computeScale, double memoryScale, double layerOverheadScale,
                                   double stepOverheadScale) {

    public static final EfficiencyAdjustment NONE = new EfficiencyAdjustment(1, 1, 1, 1);

    public EfficiencyAdjustment {
        for (double v : new double[] {computeScale, memoryScale, layerOverheadScale, stepOverheadScale}) {
            if (!(v > 0) || Double.isInfinite(v)) {
                throw new InvalidPerformanceInputException("adjustment", v, "multipliers must be finite and > 0");
            }
        }
    }

    public double[] toArray() {
        return new double[] {computeScale, memoryScale, layerOverheadScale, stepOverheadScale};
    }

    public static EfficiencyAdjustment fromArray(double[] v) {
        return new EfficiencyAdjustment(v[0], v[1], v[2], v[3]);
    }
}
