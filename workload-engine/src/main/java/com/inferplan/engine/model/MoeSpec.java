package com.inferplan.engine.model;

import java.util.Objects;

/**
 * Mixture-of-experts layout. Layers {@code 0 .. leadingDenseLayers-1} use the dense MLP of width
 * {@link ModelArchitecture#intermediate()}; every later layer routes each token to {@code topK} of
 * {@code experts} routed experts of width {@code expertIntermediate}, plus {@code sharedExperts}
 * always-on experts of the same width (DeepSeek fuses them into one MLP of width
 * sharedExperts × expertIntermediate). {@code groups}/{@code topKGroups} describe DeepSeek's
 * group-limited routing (1/1 elsewhere). {@code routerBias}: the router carries an E-sized bias
 * (gpt-oss linear bias, DeepSeek score-correction bias). {@code layerStep}: after the leading
 * dense layers, every {@code layerStep}-th layer is MoE and the others dense (Llama 4 Maverick
 * interleaves with step 2: layers 1, 3, 5, ...); null or 1 means every layer.
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
        boolean routerBias,
        Integer layerStep) {

    public MoeSpec(int experts, int topK, int sharedExperts, int expertIntermediate, int leadingDenseLayers,
                   MoeRouting routing, int groups, int topKGroups, boolean routerBias) {
        this(experts, topK, sharedExperts, expertIntermediate, leadingDenseLayers, routing, groups, topKGroups,
                routerBias, 1);
    }

    public MoeSpec {
        layerStep = layerStep == null ? 1 : layerStep;
        requirePositive("layerStep", layerStep);
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

    /** Whether layer {@code layer} (0-based) routes to experts. */
    public boolean routesLayer(int layer) {
        return layer >= leadingDenseLayers && (layer - leadingDenseLayers) % layerStep == layerStep - 1;
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
