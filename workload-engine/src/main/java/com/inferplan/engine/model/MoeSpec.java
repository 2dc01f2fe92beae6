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
 * interleaves with step 2: layers 1, 3, 5, ...); null or 1 means every layer. {@code latentWidth}
 * (Nemotron 3 Super's LatentMoE, {@code moe_latent_size}; null or 0: none): the routed experts read
 * and write a latent of this width, projected down from the hidden state before them
 * ({@code fc1_latent_proj}) and back up after their combine ({@code fc2_latent_proj}); the router
 * and the shared experts keep the hidden width.
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
        Integer layerStep,
        Integer latentWidth) {

    public MoeSpec(int experts, int topK, int sharedExperts, int expertIntermediate, int leadingDenseLayers,
                   MoeRouting routing, int groups, int topKGroups, boolean routerBias) {
        this(experts, topK, sharedExperts, expertIntermediate, leadingDenseLayers, routing, groups, topKGroups,
                routerBias, 1, 0);
    }

    public MoeSpec(int experts, int topK, int sharedExperts, int expertIntermediate, int leadingDenseLayers,
                   MoeRouting routing, int groups, int topKGroups, boolean routerBias, Integer layerStep) {
        this(experts, topK, sharedExperts, expertIntermediate, leadingDenseLayers, routing, groups, topKGroups,
                routerBias, layerStep, 0);
    }

    public MoeSpec {
        layerStep = layerStep == null ? 1 : layerStep;
        latentWidth = latentWidth == null ? 0 : latentWidth;
        if (latentWidth < 0) {
            throw new IllegalArgumentException("latentWidth must be >= 0, got " + latentWidth);
        }
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

    public boolean latent() {
        return latentWidth > 0;
    }

    /** The width routed experts read and write: the latent where there is one, else the hidden state's. */
    public int expertIoWidth(int hidden) {
        return latent() ? latentWidth : hidden;
    }

    private static void requirePositive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, got " + value);
        }
    }
}
