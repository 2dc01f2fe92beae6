package com.inferplan.engine.evaluation;

import com.inferplan.engine.model.ModelArchitecture;
import com.inferplan.engine.model.ModelCatalog;
import com.inferplan.engine.model.ModelFamily;
import com.inferplan.engine.model.ParameterCount;
import com.inferplan.engine.perf.Efficiencies;
import com.inferplan.engine.perf.SpeculativeDecoding;
import com.inferplan.engine.perf.StackSpeculation;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether and how speculative decoding runs. The request can force it on or off;
 * otherwise the serving stack's default applies (to offline static batches only where the stack
 * drafts there too). A draft must be dense, share the target's tokenizer (same vocabulary and
 * family, a MoE family counting as its dense sibling's) and be at most 1/6 of the target's active
 * parameters (typical drafts are 1/6 to 1/70 of the target); where the request names none, the
 * smallest such catalog model is used. Where our catalog lacks one, a stack that drafts by default
 * still drafts if the family publishes small drafts (Llama 3.2 1B, Qwen2.5 0.5B, Qwen3 0.6B,
 * DeepSeek-V3's multi-token-prediction module), at the stack's default draft cost; families
 * without one (gpt-oss, Mistral/Mixtral) decode plainly unless the request names a draft. A model
 * with multi-token-prediction layers drafts with them ({@link MtpDraft}) when the request names
 * {@code "mtp"} as its draft, or asks for drafting without naming one.
 */
final class SpeculativeResolver {

    static final double MAX_DRAFT_SHARE = 1.0 / 6;

    /**
     * Settings when a request asks for drafting on a stack without a default: drafts of up to 8
     * tokens, each accepted with probability 0.75 (same-family small drafts on chat and code), a
     * draft step at 1/10 of a target step where the catalog has no draft to price.
     */
    private static final SpeculativeDecoding REQUESTED_DEFAULT = new SpeculativeDecoding(8, 0.75, 0.1);

    /** Families whose publishers ship small dense same-tokenizer models (or an MTP module) usable as drafts. */
    private static final Set<ModelFamily> PUBLISHED_DRAFTS =
            EnumSet.of(ModelFamily.LLAMA, ModelFamily.QWEN2, ModelFamily.QWEN3, ModelFamily.DEEPSEEK_V3);

    private final ModelCatalog catalog;

    SpeculativeResolver(ModelCatalog catalog) {
        this.catalog = catalog;
    }

    /** The settings to use, or empty when speculative decoding is off. */
    Optional<SpeculativeDecoding> settings(SpeculativeOptions options, Efficiencies eff, ModelArchitecture target,
                                           LoadMode load) {
        if (Boolean.FALSE.equals(options.enabled())) {
            return Optional.empty();
        }
        StackSpeculation stack = eff.speculation();
        if (MtpDraft.applies(options, target)) {
            return Optional.of(MtpDraft.settings(options, target));
        }
        boolean draftExists = draftFor(target).isPresent() || PUBLISHED_DRAFTS.contains(lineage(target.family()));
        boolean stackDrafts = stack.byDefault() && draftExists
                && (load != LoadMode.STATIC || stack.inStaticBatches());
        if (!stackDrafts && options.enabled() == null) {
            return Optional.empty();
        }
        SpeculativeDecoding base = stack.settings() != null ? stack.settings() : REQUESTED_DEFAULT;
        int gamma = options.gamma() != null ? options.gamma() : base.gamma();
        double alpha = options.acceptance() != null ? options.acceptance() : base.acceptance();
        return Optional.of(new SpeculativeDecoding(gamma, alpha, base.draftCostFraction()));
    }

    /** The draft to price: the named one, else the smallest compatible catalog model. */
    Optional<ModelArchitecture> draft(SpeculativeOptions options, ModelArchitecture target) {
        if (MtpDraft.applies(options, target)) {
            return Optional.empty();
        }
        if (options.draftModelId() != null && !options.draftModelId().isBlank()) {
            return Optional.of(catalog.require(options.draftModelId().trim()));
        }
        return draftFor(target);
    }

    private Optional<ModelArchitecture> draftFor(ModelArchitecture target) {
        long targetActive = ParameterCount.of(target).active();
        List<ModelArchitecture> all = catalog.all();
        return all.stream()
                .filter(m -> !m.isMoe() && sameTokenizer(m, target) && !m.id().equals(target.id()))
                .filter(m -> ParameterCount.of(m).active() <= MAX_DRAFT_SHARE * targetActive)
                .min(Comparator.comparingLong(m -> ParameterCount.of(m).active()));
    }

    /** A MoE family shares its tokenizer with its dense sibling (Qwen3 and Qwen3-MoE, Mistral and Mixtral). */
    private static boolean sameTokenizer(ModelArchitecture a, ModelArchitecture b) {
        return a.vocab() == b.vocab() && lineage(a.family()) == lineage(b.family());
    }

    private static ModelFamily lineage(ModelFamily f) {
        return switch (f) {
            case QWEN3_MOE -> ModelFamily.QWEN3;
            case MIXTRAL -> ModelFamily.MISTRAL;
            default -> f;
        };
    }
}
