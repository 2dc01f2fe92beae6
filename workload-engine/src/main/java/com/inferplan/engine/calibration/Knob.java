package com.inferplan.engine.calibration;

/**
 * The family-level multipliers a calibration can fit, in the order of
 * {@link com.inferplan.engine.perf.EfficiencyAdjustment}: compute and memory efficiency, per-layer
 * overhead, per-step (host) overhead.
 */
public enum Knob {
    COMPUTE,
    MEMORY,
    LAYER_OVERHEAD,
    STEP_OVERHEAD
}
