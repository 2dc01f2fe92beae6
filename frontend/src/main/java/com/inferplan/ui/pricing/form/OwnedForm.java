package com.inferplan.ui.pricing.form;

import com.inferplan.pricing.basis.CostBasis;
import com.inferplan.pricing.basis.Owned;

/** Bought and run: capex recovered over the life at a cost of capital, plus power, facility, maintenance, staff. */
final class OwnedForm extends KindForm {

    OwnedForm() {
        add(numbers.parameter("purchaseUsd", "Purchase price USD (per purchase unit)", Rule.NON_NEGATIVE),
                numbers.add("chipsPerUnit", "Chips per purchase unit", Rule.WHOLE_COUNT),
                numbers.parameter("depreciationYears", "Life (years)", Rule.POSITIVE),
                numbers.parameter("residualValueFraction", "Resale value at end (fraction 0–1)", Rule.FRACTION),
                numbers.parameter("costOfCapitalAnnual", "Cost of capital (per year, 0.1 = 10%)", Rule.NON_NEGATIVE),
                numbers.parameter("wattsPerChip", "IT watts per chip (with host share)", Rule.POSITIVE),
                numbers.parameter("pue", "PUE (facility / IT power)", Rule.PUE),
                numbers.parameter("usdPerKwh", "Energy USD per kWh", Rule.NON_NEGATIVE),
                numbers.parameter("facilityUsdPerKwMonth", "Colocation USD per kW-month", Rule.NON_NEGATIVE),
                numbers.parameter("maintenanceFractionPerYear", "Maintenance (fraction of capex per year)",
                        Rule.FRACTION),
                numbers.parameter("staffUsdPerChipYear", "Staff USD per chip-year", Rule.NON_NEGATIVE));
    }

    @Override
    public void show(CostBasis basis) {
        Owned o = (Owned) basis;
        numbers.set("purchaseUsd", o.purchase().usd());
        numbers.set("chipsPerUnit", o.purchase().chipsPerUnit());
        numbers.set("depreciationYears", o.capital().depreciationYears());
        numbers.set("residualValueFraction", o.capital().residualValueFraction());
        numbers.set("costOfCapitalAnnual", o.capital().costOfCapitalAnnual());
        numbers.set("wattsPerChip", o.power().wattsPerChip());
        numbers.set("pue", o.power().pue());
        numbers.set("usdPerKwh", o.power().usdPerKwh());
        numbers.set("facilityUsdPerKwMonth", o.power().facilityUsdPerKwMonth());
        numbers.set("maintenanceFractionPerYear", o.operations().maintenanceFractionPerYear());
        numbers.set("staffUsdPerChipYear", o.operations().staffUsdPerChipYear());
    }

    @Override
    public CostBasis build() {
        return new Owned(new Owned.Purchase(numbers.get("purchaseUsd"), numbers.whole("chipsPerUnit")),
                new Owned.CapitalRecovery(numbers.get("depreciationYears"), numbers.get("residualValueFraction"),
                        numbers.get("costOfCapitalAnnual")),
                new Owned.Power(numbers.get("wattsPerChip"), numbers.get("pue"), numbers.get("usdPerKwh"),
                        numbers.get("facilityUsdPerKwMonth")),
                new Owned.Operations(numbers.get("maintenanceFractionPerYear"), numbers.get("staffUsdPerChipYear")));
    }
}
