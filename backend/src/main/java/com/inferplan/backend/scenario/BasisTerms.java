package com.inferplan.backend.scenario;

import com.inferplan.backend.scenario.CostFigures.SourceRef;
import com.inferplan.pricing.basis.PartnerDeal;
import com.inferplan.pricing.uncertainty.CostScenarios;
import com.inferplan.pricing.uncertainty.MonteCarlo;
import com.inferplan.pricing.uncertainty.MonteCarloResult;
import java.util.List;

/**
 * A cost choice as a portfolio pool pays it: the rate per chip-hour at full use with its P10–P90 over
 * the basis's uncertain inputs, where the chips sit (a deal's own unit and PUE, otherwise the catalog's
 * all-in watts per chip and the owned-facility PUE), and a deal's take-or-pay floor.
 *
 * @param kwPerChip      all-in kilowatts per chip (host and network share included); null where no figure exists
 * @param dealUnit       the deal's unit name and chips, null for other bases
 * @param committedShare share of a deal's committed capacity billed whatever the use (up-front parts plus the
 *                       take-or-pay floor); 0 for other bases
 */
public record BasisTerms(String label, String basisKind, double usdPerChipHour, double p10UsdPerChipHour,
                         double p90UsdPerChipHour, Double kwPerChip, double pue, String dealUnit,
                         Integer dealChipsPerUnit, double committedShare, List<SourceRef> sources) {

    public BasisTerms {
        sources = List.copyOf(sources);
    }

    public boolean isDeal() {
        return dealUnit != null;
    }

    static BasisTerms of(PricedChoice priced, FacilityUnit unit) {
        MonteCarloResult run = MonteCarlo.run(CostScenarios.usdPerUsedChipHour(priced.basis(), 1.0,
                priced.uncertainty()), TokenCosts.DRAWS, TokenCosts.SEED, 10);
        Double kwPerChip = unit.kwPerUnit() == null ? null : unit.kwPerUnit() / unit.chipsPerUnit();
        boolean deal = priced.basis() instanceof PartnerDeal;
        double committed = priced.basis() instanceof PartnerDeal d ? d.committedShare() : 0;
        List<SourceRef> sources = priced.sources().stream().map(s -> new SourceRef(s.title(), s.url(),
                s.published(), Origin.of(s.status()).label())).toList();
        return new BasisTerms(priced.label(), priced.basis().kind(), priced.basis().usdPerChipHour(1.0), run.p10(),
                run.p90(), kwPerChip, unit.pue(), deal ? unit.name() : null, deal ? unit.chipsPerUnit() : null,
                committed, sources);
    }
}
