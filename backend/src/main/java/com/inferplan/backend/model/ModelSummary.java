package com.inferplan.backend.model;

import com.inferplan.engine.model.ModelArchitecture;
import com.inferplan.engine.model.ModelCatalog;
import com.inferplan.engine.model.ModelSource;
import com.inferplan.engine.model.ParameterCount;
import java.util.Locale;

/**
 * The key facts of a model that lists and the REST API show. Active parameters are counted as the
 * publisher counts them ({@link ModelCatalog#publishedActive}), so they can be checked against the
 * model card. Built-in models name their Hugging Face repo id and the sources of their config and
 * parameter figures; imported ones leave those null.
 */
public record ModelSummary(String id, String displayName, String family, int layers, int hidden, int heads,
                           int kvHeads, Integer experts, Integer expertsPerToken, int maxContext,
                           long totalParameters, long activeParameters, boolean builtIn, String huggingFaceId,
                           String attentionKind, String configSource, String parametersSource) {

    public static ModelSummary of(ModelArchitecture m, boolean builtIn) {
        ParameterCount p = ParameterCount.of(m);
        ModelSource source = builtIn ? ModelCatalog.builtIn().source(m.id()) : null;
        return new ModelSummary(m.id(), m.displayName(), m.family().modelType(),
                m.layers(), m.hidden(), m.heads(), m.kvHeads(),
                m.isMoe() ? m.moe().experts() : null, m.isMoe() ? m.moe().topK() : null,
                m.maxContext(), p.total(), ModelCatalog.builtIn().publishedActive(m), builtIn,
                source == null ? null : source.huggingFaceId(), attentionKind(m),
                source == null ? null : source.config().url(),
                source == null ? null : source.parameters().source().url());
    }

    /**
     * MLA, or GQA/MQA/MHA, with "local/global" when some layers slide, "+ linear" beside Gated DeltaNet
     * layers, "+ Mamba-2" beside Mamba-2 layers.
     */
    static String attentionKind(ModelArchitecture m) {
        String heads = m.usesMla() ? "MLA" : m.kvHeads() == 1 ? "MQA" : m.kvHeads() == m.heads() ? "MHA" : "GQA";
        boolean sliding = m.attentionPattern().stream().anyMatch(w -> !w.isFull());
        String kind = sliding ? heads + " local/global" : heads;
        if (m.linearAttention() == null) {
            return kind;
        }
        return kind + (m.linearAttention().isMamba() ? " + Mamba-2" : " + linear");
    }

    /** Whether the id, name, repo id or family contains {@code text}, ignoring case. */
    public boolean matches(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return t.isEmpty() || (id + " " + displayName + " " + huggingFaceId + " " + family).toLowerCase(Locale.ROOT).contains(t);
    }
}
