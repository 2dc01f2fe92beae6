package com.inferplan.engine.model;

/**
 * A model's multi-token-prediction layers (DeepSeek-V3 §2.2, README_WEIGHTS): each normalises the
 * token's embedding and the previous hidden state (enorm, hnorm), projects their concatenation back
 * to the hidden width (eh_proj, 2d × d), runs one decoder layer like the model's last and a norm
 * before the head; embedding and head are shared with the main model, so not counted here.
 */
public final class MtpModule {

    private MtpModule() {
    }

    /** Weights of all MTP layers, beside the main model's {@link ParameterCount}. */
    public static long parameters(ModelArchitecture a) {
        return decoderLayers(a).total() + projectionParameters(a);
    }

    /** Weights one drafted token uses in the MTP layers (top-k experts), without the shared head. */
    public static long activeParameters(ModelArchitecture a) {
        return decoderLayers(a).active() + projectionParameters(a);
    }

    /**
     * One draft step's cost as a share of a target decode step, by the weights each reads: the MTP
     * layers and the shared head against the whole model's active weights (the input table is a
     * lookup in both). Decode at small batch is weight-bound, so weights read stand for time.
     */
    public static double draftCostFraction(ModelArchitecture a) {
        ParameterCount target = ParameterCount.of(a);
        long head = (long) a.vocab() * a.hidden();
        return (double) (activeParameters(a) + head) / target.activeExcludingEmbedding();
    }

    /**
     * The main stack grown by the MTP layers' decoder blocks: what a deployment that drafts with them
     * holds in memory (their weights beside the model's, one more layer of KV per token).
     */
    public static ModelArchitecture withDecoderBlocks(ModelArchitecture a) {
        return a.withExtraLayers(a.mtpLayers());
    }

    /** The MTP layers' own weights outside their decoder blocks (eh_proj and the two input norms). */
    public static long projectionParameters(ModelArchitecture a) {
        return a.mtpLayers() * ownWeights(a);
    }

    private static long ownWeights(ModelArchitecture a) {
        long d = a.hidden();
        return 2 * d * d + 3 * d;
    }

    /** The decoder blocks alone: the stack grown by the MTP layers, less the stack itself. */
    private static Weights decoderLayers(ModelArchitecture a) {
        if (a.mtpLayers() == 0) {
            return new Weights(0, 0);
        }
        ParameterCount main = ParameterCount.of(a);
        ParameterCount grown = ParameterCount.of(a.withExtraLayers(a.mtpLayers()));
        return new Weights(grown.total() - main.total(), grown.active() - main.active());
    }

    private record Weights(long total, long active) {
    }
}
