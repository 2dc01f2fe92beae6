package com.inferplan.engine.evaluation;

import com.inferplan.engine.model.ModelArchitecture;
import com.inferplan.engine.model.ModelCatalog;
import com.inferplan.engine.model.ParameterCount;
import com.inferplan.engine.perf.Efficiencies;
import com.inferplan.engine.perf.SpeculativeDecoding;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether and how speculative decoding runs. The request can force it on or off;
 * otherwise the serving stack's default applies. A draft must share the target's tokenizer
 * (same family and vocabulary) and be at most 1/6 of its active parameters (typical drafts are
 * 1/6 to 1/70 of the target); where the request names none, the smallest such catalog model is
 * used, and where none exists the stack's default draft cost applies.
 */
final class SpeculativeResolver {

    static final double MAX_DRAFT_SHARE = 1.0 / 6;

    private final ModelCatalog catalog;

    SpeculativeResolver(ModelCatalog catalog) {
        this.catalog = catalog;
    }

    /** The settings to use, or empty when speculative decoding is off. */
    Optional<SpeculativeDecoding> settings(SpeculativeOptions options, Efficiencies eff, ModelArchitecture target) {
        if (Boolean.FALSE.equals(options.enabled())) {
            return Optional.empty();
        }
        SpeculativeDecoding base = eff.speculative();
        if (base == null && options.enabled() == null) {
            return Optional.empty();
        }
        if (base == null) {
            base = new SpeculativeDecoding(4, 0.7, 0.1);
        }
        if (options.draftModelId() == null && options.enabled() == null && draftFor(target).isEmpty()) {
            return Optional.empty();
        }
        int gamma = options.gamma() != null ? options.gamma() : base.gamma();
        double alpha = options.acceptance() != null ? options.acceptance() : base.acceptance();
        return Optional.of(new SpeculativeDecoding(gamma, alpha, base.draftCostFraction()));
    }

    /** The draft to price: the named one, else the smallest compatible catalog model. */
    Optional<ModelArchitecture> draft(SpeculativeOptions options, ModelArchitecture target) {
        if (options.draftModelId() != null && !options.draftModelId().isBlank()) {
            return Optional.of(catalog.require(options.draftModelId().trim()));
        }
        return draftFor(target);
    }

    private Optional<ModelArchitecture> draftFor(ModelArchitecture target) {
        long targetActive = ParameterCount.of(target).active();
        List<ModelArchitecture> all = catalog.all();
        return all.stream()
                .filter(m -> m.family() == target.family() && m.vocab() == target.vocab() && !m.id().equals(target.id()))
                .filter(m -> ParameterCount.of(m).active() <= MAX_DRAFT_SHARE * targetActive)
                .min(Comparator.comparingLong(m -> ParameterCount.of(m).active()));
    }
}
