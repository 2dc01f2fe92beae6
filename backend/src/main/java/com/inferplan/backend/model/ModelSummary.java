package com.inferplan.backend.model;

import com.inferplan.engine.model.ModelArchitecture;
import com.inferplan.engine.model.ModelCatalog;
import com.inferplan.engine.model.ParameterCount;

/**
 * The key facts of a model that lists and the REST API show. Active parameters are counted as the
 * publisher counts them ({@link ModelCatalog#publishedActive}), so they can be checked against the
 * model card.
 */
public record ModelSummary(String id, String displayName, String family, int layers, int hidden, int heads,
                           int kvHeads, Integer experts, Integer expertsPerToken, int maxContext,
                           long totalParameters, long activeParameters, boolean builtIn) {

    public static ModelSummary of(ModelArchitecture m, boolean builtIn) {
        ParameterCount p = ParameterCount.of(m);
        return new ModelSummary(m.id(), m.displayName(), m.family().name().toLowerCase(java.util.Locale.ROOT),
                m.layers(), m.hidden(), m.heads(), m.kvHeads(),
                m.isMoe() ? m.moe().experts() : null, m.isMoe() ? m.moe().topK() : null,
                m.maxContext(), p.total(), ModelCatalog.builtIn().publishedActive(m), builtIn);
    }
}
