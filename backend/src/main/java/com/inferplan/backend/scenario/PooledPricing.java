package com.inferplan.backend.scenario;

import com.inferplan.backend.scenario.CandidateEvaluator.ResolvedCandidate;
import com.inferplan.backend.scenario.SloCapacity.Pools;
import com.inferplan.pricing.basis.PooledChips;
import com.inferplan.pricing.catalog.PricingCatalog;
import com.inferplan.pricing.catalog.Source;
import com.inferplan.pricing.explain.Provenance;
import com.inferplan.pricing.uncertainty.Distribution;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The price and facility unit of a candidate, and of a two-pool replica whose prefill workers are other
 * silicon (decision 0719): its decode chips paid as the candidate says, its prefill chips at their
 * hardware's catalog default, one {@link PooledChips} basis over both; such a replica is counted and
 * powered in chips, each pool at its own watts.
 */
final class PooledPricing {

    private final BasisResolver bases;
    private final PricingCatalog catalog;

    PooledPricing(BasisResolver bases, PricingCatalog catalog) {
        this.bases = bases;
        this.catalog = catalog;
    }

    /** The price (empty with {@code whyNone} set), and the unit the chips are counted in. */
    record Priced(Optional<PricedChoice> choice, String whyNone, FacilityUnit unit) {
    }

    Priced of(ResolvedCandidate rc, Pools pools) {
        Optional<PricedChoice> decode = bases.resolve(rc.candidate().cost(), rc.hardware().id());
        if (pools == null || !rc.prefillOnOtherSilicon()) {
            return new Priced(decode, decode.isEmpty() ? bases.whyNone(rc.hardware().id()) : null,
                    FacilityUnit.of(rc.candidate().cost(), decode.orElse(null), rc.hardware(), catalog));
        }
        String prefillId = rc.prefillHardware().id();
        Optional<PricedChoice> prefill = bases.resolve(CostChoice.DEFAULT, prefillId);
        int decodeChips = pools.decodePoolChips();
        int prefillChips = pools.prefillPoolChips();
        FacilityUnit unit = FacilityUnit.pooled(rc.hardware(), decodeChips, rc.prefillHardware(), prefillChips, catalog);
        if (decode.isEmpty()) {
            return new Priced(decode, bases.whyNone(rc.hardware().id()), unit);
        }
        if (prefill.isEmpty()) {
            return new Priced(prefill, "Prefill workers: " + bases.whyNone(prefillId), unit);
        }
        return new Priced(Optional.of(pooled(decode.get(), decodeChips, prefill.get(), prefillChips, prefillId)), null,
                unit);
    }

    private static PricedChoice pooled(PricedChoice decode, int decodeChips, PricedChoice prefill, int prefillChips,
                                       String prefillId) {
        Map<String, Distribution> uncertainty = new HashMap<>(decode.uncertainty());
        prefill.uncertainty().forEach((name, d) -> uncertainty.put(PooledChips.PREFILL + name, d));
        Map<String, Provenance> provenance = new HashMap<>(decode.provenance());
        prefill.provenance().forEach((name, p) -> provenance.put(PooledChips.PREFILL + name, p));
        List<Source> sources = new ArrayList<>(decode.sources());
        prefill.sources().stream().filter(s -> !sources.contains(s)).forEach(sources::add);
        return new PricedChoice(decode.label() + " + prefill on " + prefillId + " at " + prefill.label(),
                new PooledChips(decode.basis(), decodeChips, prefill.basis(), prefillChips), uncertainty, provenance,
                sources, decode.note() + " Prefill chips (" + prefillId + "): " + prefill.note(), decode.termsChanged());
    }
}
