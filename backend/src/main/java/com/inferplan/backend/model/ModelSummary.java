package com.inferplan.backend.model;

import com.inferplan.engine.model.ModelArchitecture;
import com.inferplan.engine.model.ParameterCount;

/**
 * The key facts of a model that lists and the REST API show. For mixture-of-experts models the
 * active parameters exclude the embedding lookup (a table read, not a matmul), which is how model
 * cards count them (gpt-oss-20b 3.61 B, DeepSeek-V3 37 B); a dense model activates all of them.
 */
public record ModelSummary(String id, String displayName, String family, int layers, int hidden, int heads,
                           int kvHeads, Integer experts, Integer expertsPerToken, int maxContext,
                           long totalParameters, long activeParameters, boolean builtIn) {

    public static ModelSummary of(ModelArchitecture m, boolean builtIn) {
        ParameterCount p = ParameterCount.of(m);
        return new ModelSummary(m.id(), m.displayName(), m.family().name().toLowerCase(java.util.Locale.ROOT),
                m.layers(), m.hidden(), m.heads(), m.kvHeads(),
                m.isMoe() ? m.moe().experts() : null, m.isMoe() ? m.moe().topK() : null,
                m.maxContext(), p.total(), m.isMoe() ? p.activeExcludingEmbedding() : p.total(), builtIn);
    }
}
