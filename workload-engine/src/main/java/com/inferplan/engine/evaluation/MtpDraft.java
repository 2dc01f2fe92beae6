package com.inferplan.engine.evaluation;

import com.inferplan.engine.model.ModelArchitecture;
import com.inferplan.engine.model.MtpModule;
import com.inferplan.engine.perf.SpeculativeDecoding;

/**
 * Drafting with the model's own multi-token-prediction layers. Each MTP layer proposes one more
 * token, so the draft is at most as long as the layers (unless the request sets γ). Acceptance:
 * DeepSeek-V3 reports 85–90% for the second token across generation topics (technical report,
 * arXiv:2412.19437 §5.4.3); the low end is the default. A draft step costs the MTP layers' and the
 * shared head's weights against the whole model's ({@link MtpModule#draftCostFraction}).
 */
final class MtpDraft {

    static final String DRAFT_ID = "mtp";
    static final double ACCEPTANCE = 0.85;

    private MtpDraft() {
    }

    /** The request names the MTP layers as its draft, or asks for drafting without naming one. */
    static boolean applies(SpeculativeOptions options, ModelArchitecture target) {
        if (target.mtpLayers() == 0 || Boolean.FALSE.equals(options.enabled())) {
            return false;
        }
        String draft = options.draftModelId() == null ? "" : options.draftModelId().trim();
        return DRAFT_ID.equalsIgnoreCase(draft) || (draft.isEmpty() && Boolean.TRUE.equals(options.enabled()));
    }

    static SpeculativeDecoding settings(SpeculativeOptions options, ModelArchitecture target) {
        int gamma = options.gamma() != null ? options.gamma() : target.mtpLayers();
        double alpha = options.acceptance() != null ? options.acceptance() : ACCEPTANCE;
        double cost = Math.min(1, MtpModule.draftCostFraction(target));
        return new SpeculativeDecoding(gamma, alpha, cost);
    }

    static String describe(ModelArchitecture target) {
        return "its " + target.mtpLayers() + " multi-token-prediction layer" + (target.mtpLayers() == 1 ? "" : "s");
    }
}
