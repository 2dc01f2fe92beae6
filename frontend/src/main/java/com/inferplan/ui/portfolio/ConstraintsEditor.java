package com.inferplan.ui.portfolio;

import com.inferplan.backend.portfolio.PortfolioConstraints;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.AbstractNumberField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import java.util.List;
import java.util.Map;

/**
 * The mix's limits. Shares are typed as percentages (what people say: "no vendor above 60%") and stored
 * as fractions; an empty field is no limit.
 */
class ConstraintsEditor extends Div {

    private final NumberField power = new NumberField("Power cap, MW (with PUE)");
    private final NumberField spendCap = new NumberField("Max spend with one vendor, %");
    private final NumberField unitCap = new NumberField("Max units from one vendor, %");
    private final IntegerField minVendors = new IntegerField("At least this many vendors");
    private final NumberField budget = new NumberField("Budget, USD per month");

    ConstraintsEditor(Runnable changed) {
        setId("pf-limits");
        power.setId("pf-power");
        spendCap.setId("pf-vendor-cap");
        unitCap.setId("pf-unit-cap");
        minVendors.setId("pf-min-vendors");
        budget.setId("pf-budget");
        spendCap.setMin(1);
        spendCap.setMax(100);
        unitCap.setMin(1);
        unitCap.setMax(100);
        minVendors.setMin(1);
        power.setMin(0);
        budget.setMin(0);
        List.<AbstractNumberField<?, ?>>of(power, spendCap, unitCap, minVendors, budget).forEach(f -> {
            f.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    changed.run();
                }
            });
            f.setClearButtonVisible(true);
        });
        power.setPlaceholder("no cap");
        spendCap.setPlaceholder("no cap");
        unitCap.setPlaceholder("no cap");
        minVendors.setPlaceholder("any");
        budget.setPlaceholder("no budget");
        add(power, spendCap, unitCap, minVendors, budget);
    }

    void set(PortfolioConstraints c) {
        power.setValue(c.powerCapMegawatts());
        spendCap.setValue(c.maxVendorSpendShare() == null ? null : c.maxVendorSpendShare() * 100);
        unitCap.setValue(c.maxVendorUnitShare() == null ? null : c.maxVendorUnitShare() * 100);
        minVendors.setValue(c.minVendors());
        budget.setValue(c.budgetUsdPerMonth());
    }

    PortfolioConstraints constraints() {
        return new PortfolioConstraints(power.getValue(), fraction(spendCap), fraction(unitCap), minVendors.getValue(),
                budget.getValue());
    }

    Map<String, HasValidation> fields() {
        return Map.of("powerCapMegawatts", power, "maxVendorSpendShare", spendCap, "maxVendorUnitShare", unitCap,
                "minVendors", minVendors, "budgetUsdPerMonth", budget);
    }

    private static Double fraction(NumberField percent) {
        return percent.getValue() == null ? null : percent.getValue() / 100;
    }
}
