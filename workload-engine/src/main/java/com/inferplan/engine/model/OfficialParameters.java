package com.inferplan.engine.model;

/**
 * A publisher's parameter figures, in billions as printed. {@code activeCountsInputEmbedding}
 * records the publisher's convention for the active figure (see {@link ParameterCount}).
 */
public record OfficialParameters(double totalBillions, double activeBillions, boolean activeCountsInputEmbedding, Citation source) {

    /** The computed active count under this publisher's convention. */
    public long comparableActive(ParameterCount computed) {
        return activeCountsInputEmbedding ? computed.active() : computed.activeExcludingEmbedding();
    }
}
