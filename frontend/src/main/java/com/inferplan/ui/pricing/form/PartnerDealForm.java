package com.inferplan.ui.pricing.form;

import com.inferplan.pricing.PricingInputException;
import com.inferplan.pricing.basis.CommittedCapacity;
import com.inferplan.pricing.basis.CostBasis;
import com.inferplan.pricing.basis.DealFinancing;
import com.inferplan.pricing.basis.HardwareUnit;
import com.inferplan.pricing.basis.PartnerDeal;
import com.inferplan.pricing.basis.RampSchedule;
import com.inferplan.pricing.basis.VolumeDiscountTier;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A take-or-pay capacity deal (decision 0300): contract value over a committed capacity in MW or
 * units, a term with a yearly ramp, the take-or-pay share and how the value is paid. Volume-discount
 * tiers of a copied deal are kept as they are.
 */
final class PartnerDealForm extends KindForm {

    private final Select<CommittedCapacity.Measure> measure = new Select<>();
    private final TextField unitName = new TextField("Unit (e.g. GPU, NVL72 rack)");
    private final TextField ramp = new TextField("Available share per year (e.g. 0.2, 0.6, 1)");
    private final Binder<Map<String, String>> text = new Binder<>();
    private final Span tiers = new Span();
    private List<VolumeDiscountTier> volumeDiscounts = List.of();

    PartnerDealForm() {
        measure.setLabel("Capacity stated in");
        measure.setItems(CommittedCapacity.Measure.values());
        measure.setItemLabelGenerator(m -> m == CommittedCapacity.Measure.MEGAWATTS ? "facility MW" : "units");
        measure.setValue(CommittedCapacity.Measure.MEGAWATTS);
        measure.setId("basis-field-measure");
        unitName.setId("basis-field-name");
        ramp.setId("basis-field-rampSchedule");
        text.setBean(new HashMap<>());
        text.forField(unitName).asRequired("is required").bind(m -> m.get("name"), (m, v) -> m.put("name", v));
        text.forField(ramp).asRequired("is required").withValidator((value, ctx) -> rampProblem(value))
                .bind(m -> m.get("ramp"), (m, v) -> m.put("ramp", v));
        tiers.addClassName("ip-muted");
        add(numbers.parameter("contractValueUsd", "Contract value USD (whole term, list)", Rule.NON_NEGATIVE),
                numbers.parameter("committedQuantity", "Committed quantity", Rule.POSITIVE), measure,
                unitName, numbers.add("chipsPerUnit", "Chips per unit", Rule.WHOLE_COUNT),
                numbers.parameter("kwPerUnit", "IT kW per unit", Rule.POSITIVE),
                numbers.parameter("pue", "PUE (MW are facility power)", Rule.PUE),
                numbers.add("termYears", "Term (years)", Rule.WHOLE_YEARS), ramp,
                numbers.parameter("takeOrPayShare", "Take-or-pay share (fraction 0–1)", Rule.FRACTION),
                numbers.parameter("prepaidFraction", "Prepaid at signing (fraction)", Rule.FRACTION),
                numbers.parameter("financedFraction", "Financed (fraction)", Rule.FRACTION),
                numbers.parameter("financingRateAnnual", "Financing rate (per year)", Rule.NON_NEGATIVE), tiers);
        setColspan(tiers, 3);
    }

    @Override
    public void show(CostBasis basis) {
        PartnerDeal d = (PartnerDeal) basis;
        numbers.set("contractValueUsd", d.contractValueUsd());
        numbers.set("committedQuantity", d.capacity().quantity());
        measure.setValue(d.capacity().measure());
        unitName.setValue(d.capacity().unit().name());
        numbers.set("chipsPerUnit", d.capacity().unit().chipsPerUnit());
        numbers.set("kwPerUnit", d.capacity().unit().kwPerUnit());
        numbers.set("pue", d.capacity().pue());
        numbers.set("termYears", d.termYears());
        ramp.setValue(d.ramp().availableFractionByYear().stream().map(PartnerDealForm::plain)
                .collect(Collectors.joining(", ")));
        numbers.set("takeOrPayShare", d.takeOrPayShare());
        numbers.set("prepaidFraction", d.financing().prepaidFraction());
        numbers.set("financedFraction", d.financing().financedFraction());
        numbers.set("financingRateAnnual", d.financing().financingRateAnnual());
        volumeDiscounts = d.volumeDiscounts();
        tiers.setText(volumeDiscounts.isEmpty() ? "" : "Volume-discount tiers are kept as they are: " + volumeDiscounts
                .stream().map(t -> "from " + plain(t.fromQuantity()) + " " + d.capacity().quantityUnit() + " "
                        + plain(t.discountFraction() * 100) + "% off").collect(Collectors.joining("; ")));
    }

    @Override
    public CostBasis build() {
        HardwareUnit unit = new HardwareUnit(unitName.getValue().trim(), numbers.whole("chipsPerUnit"),
                numbers.get("kwPerUnit"));
        return new PartnerDeal(numbers.get("contractValueUsd"),
                new CommittedCapacity(numbers.get("committedQuantity"), measure.getValue(), unit, numbers.get("pue")),
                numbers.whole("termYears"), new RampSchedule(fractions(ramp.getValue())),
                numbers.get("takeOrPayShare"), new DealFinancing(numbers.get("prepaidFraction"),
                numbers.get("financedFraction"), numbers.get("financingRateAnnual")), volumeDiscounts);
    }

    @Override
    public boolean validate() {
        boolean numbersOk = numbers.validate();
        return text.validate().isOk() && numbersOk;
    }

    @Override
    public Optional<? extends HasValidation> fieldFor(String libraryField) {
        if (libraryField.equals("rampSchedule") || libraryField.startsWith("rampYear")) {
            return Optional.of(ramp);
        }
        if (libraryField.equals("name")) {
            return Optional.of(unitName);
        }
        return numbers.field(libraryField.equals("committedCapacity") ? "committedQuantity" : libraryField);
    }

    private ValidationResult rampProblem(String value) {
        try {
            List<Double> years = fractions(value);
            Double term = numbers.field("termYears").map(f -> f.getValue()).orElse(null);
            if (term != null && years.size() != term.intValue()) {
                return ValidationResult.error("give one share per contract year: " + years.size()
                        + " given for a " + term.intValue() + "-year term");
            }
            new RampSchedule(years);
            return ValidationResult.ok();
        } catch (PricingInputException e) {
            String year = e.field().startsWith("rampYear") ? "year " + e.field().substring("rampYear".length()) + ": "
                    : "";
            return ValidationResult.error(year + e.reason());
        }
    }

    private static List<Double> fractions(String text) {
        List<Double> values = new ArrayList<>();
        for (String part : text.split("[,;\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                values.add(Double.parseDouble(part));
            } catch (NumberFormatException e) {
                throw new PricingInputException("rampSchedule", part,
                        "'" + part + "' is not a number; use fractions such as 0.2, 0.6, 1");
            }
        }
        return values;
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
