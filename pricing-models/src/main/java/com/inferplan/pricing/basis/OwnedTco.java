package com.inferplan.pricing.basis;

import com.inferplan.pricing.explain.Explained;
import com.inferplan.pricing.explain.FormulaInput;
import com.inferplan.pricing.finance.Annuity;

import java.util.List;

import static com.inferplan.pricing.basis.CostBasis.HOURS_PER_YEAR;

/**
 * Levelized total cost of ownership per chip-hour (decision 0301): an annuity that recovers capex net
 * of the discounted resale value, plus energy, facility, maintenance and staff per year.
 */
final class OwnedTco {

    private OwnedTco() {
    }

    static Explained usdPerChipHour(Owned owned) {
        Explained capital = capitalChargePerYear(owned);
        Explained energy = energyPerYear(owned.power());
        Explained facility = facilityPerYear(owned.power());
        double capexPerChip = owned.purchase().usdPerChip();
        Explained maintenance = Explained.of("maintenanceUsdPerYear",
                owned.operations().maintenanceFractionPerYear() * capexPerChip, "USD/chip-year",
                "maintenanceUsdPerYear = maintenanceFractionPerYear · capexUsdPerChip",
                List.of(FormulaInput.of("maintenanceFractionPerYear", owned.operations().maintenanceFractionPerYear(),
                        "fraction/year"), capexInput(owned)));
        double staff = owned.operations().staffUsdPerChipYear();
        double total = capital.value() + energy.value() + facility.value() + maintenance.value() + staff;
        return Explained.of("usdPerChipHour", total / HOURS_PER_YEAR, "USD/chip-hour",
                "usdPerChipHour = (capitalChargeUsdPerYear + energyUsdPerYear + facilityUsdPerYear"
                        + " + maintenanceUsdPerYear + staffUsdPerChipYear) / 8760",
                List.of(FormulaInput.derived(capital), FormulaInput.derived(energy), FormulaInput.derived(facility),
                        FormulaInput.derived(maintenance),
                        FormulaInput.of("staffUsdPerChipYear", staff, "USD/chip-year")));
    }

    /** (K − R·K·(1+r)^−N) · r / (1 − (1+r)^−N); with r = 0 this is straight-line (K − R·K) / N. */
    private static Explained capitalChargePerYear(Owned owned) {
        Owned.CapitalRecovery c = owned.capital();
        double capex = owned.purchase().usdPerChip();
        double r = c.costOfCapitalAnnual();
        double n = c.depreciationYears();
        double residualPresentValue = capex * c.residualValueFraction() * Math.pow(1 + r, -n);
        double charge = (capex - residualPresentValue) * Annuity.capitalRecoveryFactor(r, n);
        return Explained.of("capitalChargeUsdPerYear", charge, "USD/chip-year",
                "capitalChargeUsdPerYear = (capexUsdPerChip − residualValueFraction · capexUsdPerChip"
                        + " · (1 + costOfCapitalAnnual)^−depreciationYears) · costOfCapitalAnnual"
                        + " / (1 − (1 + costOfCapitalAnnual)^−depreciationYears)",
                List.of(capexInput(owned),
                        FormulaInput.of("residualValueFraction", c.residualValueFraction(), "fraction"),
                        FormulaInput.of("costOfCapitalAnnual", r, "per year"),
                        FormulaInput.of("depreciationYears", n, "years")));
    }

    private static Explained energyPerYear(Owned.Power p) {
        return Explained.of("energyUsdPerYear", p.kwPerChip() * p.pue() * p.usdPerKwh() * HOURS_PER_YEAR,
                "USD/chip-year", "energyUsdPerYear = wattsPerChip / 1000 · pue · usdPerKwh · 8760",
                List.of(FormulaInput.of("wattsPerChip", p.wattsPerChip(), "W"),
                        FormulaInput.of("pue", p.pue(), "ratio"),
                        FormulaInput.of("usdPerKwh", p.usdPerKwh(), "USD/kWh")));
    }

    /** Colocation is priced per kW of IT load, so PUE is not applied again here. */
    private static Explained facilityPerYear(Owned.Power p) {
        return Explained.of("facilityUsdPerYear", p.kwPerChip() * p.facilityUsdPerKwMonth() * 12, "USD/chip-year",
                "facilityUsdPerYear = wattsPerChip / 1000 · facilityUsdPerKwMonth · 12",
                List.of(FormulaInput.of("wattsPerChip", p.wattsPerChip(), "W"),
                        FormulaInput.of("facilityUsdPerKwMonth", p.facilityUsdPerKwMonth(), "USD/kW-month")));
    }

    private static FormulaInput capexInput(Owned owned) {
        Owned.Purchase purchase = owned.purchase();
        return FormulaInput.derived(Explained.of("capexUsdPerChip", purchase.usdPerChip(), "USD/chip",
                "capexUsdPerChip = purchaseUsd / chipsPerUnit",
                List.of(FormulaInput.of("purchaseUsd", purchase.usd(), "USD per purchase unit"),
                        FormulaInput.of("chipsPerUnit", purchase.chipsPerUnit(), "chips per purchase unit"))));
    }
}
