package com.inferplan.pricing.basis;

import com.inferplan.pricing.explain.Explained;
import com.inferplan.pricing.explain.FormulaInput;
import com.inferplan.pricing.finance.Annuity;

import java.util.List;

import static com.inferplan.pricing.basis.CostBasis.HOURS_PER_YEAR;

/**
 * Levelized total cost of ownership per chip-hour (decision 0301): an annuity that recovers capex net
 * of the discounted resale value, plus energy, facility, maintenance and staff per year. Each term
 * is one small function; the explained form only labels what those functions compute.
 */
final class OwnedTco {

    private OwnedTco() {
    }

    static double totalPerYear(Owned owned) {
        return capitalChargePerYear(owned) + energyPerYear(owned.power()) + facilityPerYear(owned.power())
                + maintenancePerYear(owned) + owned.operations().staffUsdPerChipYear();
    }

    /** (K − R·K·(1+r)^−N) · r / (1 − (1+r)^−N); with r = 0 this is straight-line (K − R·K) / N. */
    static double capitalChargePerYear(Owned owned) {
        Owned.CapitalRecovery c = owned.capital();
        double capex = owned.purchase().usdPerChip();
        double r = c.costOfCapitalAnnual();
        double n = c.depreciationYears();
        double residualPresentValue = capex * c.residualValueFraction() * Math.pow(1 + r, -n);
        return (capex - residualPresentValue) * Annuity.capitalRecoveryFactor(r, n);
    }

    static double energyPerYear(Owned.Power p) {
        return p.kwPerChip() * p.pue() * p.usdPerKwh() * HOURS_PER_YEAR;
    }

    /** Colocation is priced per kW of IT load, so PUE is not applied again here. */
    static double facilityPerYear(Owned.Power p) {
        return p.kwPerChip() * p.facilityUsdPerKwMonth() * 12;
    }

    static double maintenancePerYear(Owned owned) {
        return owned.operations().maintenanceFractionPerYear() * owned.purchase().usdPerChip();
    }

    static Explained usdPerChipHour(Owned owned) {
        Owned.Power p = owned.power();
        Owned.CapitalRecovery c = owned.capital();
        Explained capital = Explained.of("capitalChargeUsdPerYear", capitalChargePerYear(owned), "USD/chip-year",
                "capitalChargeUsdPerYear = (capexUsdPerChip − residualValueFraction · capexUsdPerChip"
                        + " · (1 + costOfCapitalAnnual)^−depreciationYears) · costOfCapitalAnnual"
                        + " / (1 − (1 + costOfCapitalAnnual)^−depreciationYears)",
                List.of(capexInput(owned),
                        FormulaInput.of("residualValueFraction", c.residualValueFraction(), "fraction"),
                        FormulaInput.of("costOfCapitalAnnual", c.costOfCapitalAnnual(), "per year"),
                        FormulaInput.of("depreciationYears", c.depreciationYears(), "years")));
        Explained energy = Explained.of("energyUsdPerYear", energyPerYear(p), "USD/chip-year",
                "energyUsdPerYear = wattsPerChip / 1000 · pue · usdPerKwh · 8760",
                List.of(FormulaInput.of("wattsPerChip", p.wattsPerChip(), "W"),
                        FormulaInput.of("pue", p.pue(), "ratio"),
                        FormulaInput.of("usdPerKwh", p.usdPerKwh(), "USD/kWh")));
        Explained facility = Explained.of("facilityUsdPerYear", facilityPerYear(p), "USD/chip-year",
                "facilityUsdPerYear = wattsPerChip / 1000 · facilityUsdPerKwMonth · 12",
                List.of(FormulaInput.of("wattsPerChip", p.wattsPerChip(), "W"),
                        FormulaInput.of("facilityUsdPerKwMonth", p.facilityUsdPerKwMonth(), "USD/kW-month")));
        Explained maintenance = Explained.of("maintenanceUsdPerYear", maintenancePerYear(owned), "USD/chip-year",
                "maintenanceUsdPerYear = maintenanceFractionPerYear · capexUsdPerChip",
                List.of(FormulaInput.of("maintenanceFractionPerYear", owned.operations().maintenanceFractionPerYear(),
                        "fraction/year"), capexInput(owned)));
        return Explained.of("usdPerChipHour", totalPerYear(owned) / HOURS_PER_YEAR, "USD/chip-hour",
                "usdPerChipHour = (capitalChargeUsdPerYear + energyUsdPerYear + facilityUsdPerYear"
                        + " + maintenanceUsdPerYear + staffUsdPerChipYear) / 8760",
                List.of(FormulaInput.derived(capital), FormulaInput.derived(energy), FormulaInput.derived(facility),
                        FormulaInput.derived(maintenance), FormulaInput.of("staffUsdPerChipYear",
                                owned.operations().staffUsdPerChipYear(), "USD/chip-year")));
    }

    private static FormulaInput capexInput(Owned owned) {
        Owned.Purchase purchase = owned.purchase();
        return FormulaInput.derived(Explained.of("capexUsdPerChip", purchase.usdPerChip(), "USD/chip",
                "capexUsdPerChip = purchaseUsd / chipsPerUnit",
                List.of(FormulaInput.of("purchaseUsd", purchase.usd(), "USD per purchase unit"),
                        FormulaInput.of("chipsPerUnit", purchase.chipsPerUnit(), "chips per purchase unit"))));
    }
}
