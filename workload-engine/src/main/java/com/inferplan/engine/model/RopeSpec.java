package com.inferplan.engine.model;

/**
 * Rotary embedding settings as imported, kept for display and context checks: {@code scalingType}
 * is "none", "linear", "dynamic", "llama3" or "yarn"; {@code originalContext} is the pre-scaling
 * training context (0 when unscaled).
 */
public record RopeSpec(double theta, String scalingType, double scalingFactor, int originalContext) {

    public static final String NONE = "none";

    public RopeSpec {
        if (!(theta > 0) || !(scalingFactor > 0)) {
            throw new IllegalArgumentException("rope theta and scaling factor must be positive");
        }
    }

    public static RopeSpec unscaled(double theta) {
        return new RopeSpec(theta, NONE, 1.0, 0);
    }
}
