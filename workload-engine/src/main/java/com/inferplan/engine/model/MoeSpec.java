package com.inferplan.engine.model;

import java.util.Objects;

/**
 * Mixture-of-experts layout. Layers {@code 0 .. leadingDenseLayers-1} use the dense MLP of width
 * {@link ModelArchitecture#intermediate()}; every later layer routes each token to {@code topK} of
 * {@code experts} routed experts of width {@code expertIntermediate}, plus {@code sharedExperts}
 * always-on experts of the same width (DeepSeek fuses them into one MLP of width
 * sharedExperts × expertIntermediate). {@code groups}/{@code topKGroups} describe DeepSeek's
 * group-limited routing (1/1 elsewhere). {@code routerBias}: the router carries an E-sized bias
 * (gpt-oss linear bias, DeepSeek score-correction bias).
 */
public record MoeSpec(
        int experts,
        int topK,
        int sharedExperts,
        int expertIntermediate,
        int leadingDenseLayers,
        MoeRouting routing,
        int groups,
        int topKGroups,
        boolean routerBias) {

    public MoeSpec {
        Objects.requireNonNull(routing, "routing");
        requirePositive("experts", experts);
        requirePositive("topK", topK);
        requirePositive("expertIntermediate", expertIntermediate);
        requirePositive("groups", groups);
        requirePositive("topKGroups", topKGroups);
        if (topK > experts) {
            throw new IllegalArgumentException("topK " + topK + " exceeds experts " + experts);
        }
        if (sharedExperts < 0 || leadingDenseLayers < 0) {
            throw new IllegalArgumentException("sharedExperts and leadingDenseLayers must be >= 0");
        }
        if (experts % groups != 0 || topKGroups > groups) {
            throw new IllegalArgumentException(
                    "groups " + groups + " must divide experts " + experts + " and be >= topKGroups " + topKGroups);
        }
    }

    public int sharedIntermediate() {
        return sharedExperts * expertIntermediate;
    }

    private static void requirePositive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, got " + value);
        }
    }
}
