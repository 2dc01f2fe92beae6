package com.inferplan.backend.portfolio;

import com.inferplan.backend.scenario.BasisTerms;
import com.inferplan.backend.scenario.CostFigures.SourceRef;
import com.inferplan.catalog.Accelerator;
import com.inferplan.catalog.DeployableUnit;
import com.inferplan.pricing.uncertainty.Distribution;
import java.util.List;

/**
 * What one unit of a pool is and costs: its chips, its monthly price with that price's spread, its
 * facility power, and for a deal the units paid whatever the use. A pool's what-if price factor scales the
 * price and its spread alike.
 *
 * @param paidFloorUnits units billed even when idle: a deal's committed units times its committed share
 * @param usdPerUnitMonthSpread log-normal through the basis's P10 and P90 (fixed when the basis has no spread)
 */
record PoolUnit(String pool, String hardware, String hardwareName, String vendor, String unitName, int chipsPerUnit,
                double usdPerUnitMonth, Distribution usdPerUnitMonthSpread, int paidFloorUnits, Double kwPerUnit,
                double pue, BasisTerms terms) {

    /** 8,760 hours a year over 12 months: a month of chip time. */
    static final double HOURS_PER_MONTH = 730;

    static PoolUnit of(PortfolioPool pool, Accelerator chip, BasisTerms terms) {
        String unitName = unitName(pool, chip, terms);
        int chips = chipsPerUnit(pool, chip, terms);
        double perMonth = HOURS_PER_MONTH * chips * pool.priceMultiplier();
        Distribution spread = terms.p90UsdPerChipHour() > terms.p10UsdPerChipHour() && terms.p10UsdPerChipHour() > 0
                ? Distribution.LogNormal.fromP10P90(terms.p10UsdPerChipHour() * perMonth,
                terms.p90UsdPerChipHour() * perMonth)
                : new Distribution.Fixed(terms.usdPerChipHour() * perMonth);
        int committed = pool.committedUnits() == null ? 0 : pool.committedUnits();
        int floor = (int) Math.ceil(committed * terms.committedShare() - 1e-9);
        Double kw = terms.kwPerChip() == null ? null : terms.kwPerChip() * chips;
        return new PoolUnit(pool.id(), chip.id(), chip.name(), chip.vendor(), unitName, chips,
                terms.usdPerChipHour() * perMonth, spread, floor, kw, terms.pue(), terms);
    }

    /** A deal can deliver at most the units it contracts. */
    Integer maxUnits(PortfolioPool pool) {
        Integer contracted = terms.isDeal() && pool.committedUnits() != null && pool.committedUnits() > 0
                ? pool.committedUnits() : null;
        if (pool.maxUnits() == null) {
            return contracted;
        }
        return contracted == null ? pool.maxUnits() : Math.min(contracted, pool.maxUnits());
    }

    List<SourceRef> sources() {
        return terms.sources();
    }

    private static int chipsPerUnit(PortfolioPool pool, Accelerator chip, BasisTerms terms) {
        if (pool.unitChips() != null) {
            return pool.unitChips();
        }
        if (terms.isDeal()) {
            return terms.dealChipsPerUnit();
        }
        return chip.units().isEmpty() ? 1 : chip.units().get(0).chips();
    }

    private static String unitName(PortfolioPool pool, Accelerator chip, BasisTerms terms) {
        if (pool.unitChips() != null) {
            return chip.units().stream().filter(u -> u.chips() == pool.unitChips()).map(DeployableUnit::name)
                    .findFirst().orElse(pool.unitChips() + "-chip unit");
        }
        if (terms.isDeal()) {
            return terms.dealUnit();
        }
        return chip.units().isEmpty() ? "chip" : chip.units().get(0).name();
    }
}
