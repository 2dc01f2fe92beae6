package com.inferplan.ui.pricing.form;

import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The number fields of one basis form, bound to a map of values by the library's field names so
 * that an error the library reports lands on the field it names.
 */
final class NumericFields {

    private final Binder<Map<String, Double>> binder = new Binder<>();
    private final Map<String, NumberField> fields = new LinkedHashMap<>();
    private final List<String> parameters = new ArrayList<>();

    NumericFields() {
        binder.setBean(new HashMap<>());
    }

    /** A field for one of the basis's uncertain-able parameters (a range may be given for it). */
    NumberField parameter(String name, String label, Rule rule) {
        parameters.add(name);
        return add(name, label, rule);
    }

    /** A field that fixes the structure of the basis (a term, a unit size), never sampled. */
    NumberField add(String name, String label, Rule rule) {
        NumberField field = new NumberField(label);
        field.setId("basis-field-" + name);
        field.setWidthFull();
        binder.forField(field).asRequired("is required")
                .withValidator((value, context) -> {
                    String reason = rule.reason(name, value);
                    return reason == null ? ValidationResult.ok() : ValidationResult.error(reason);
                })
                .bind(values -> values.get(name), (values, value) -> values.put(name, value));
        fields.put(name, field);
        return field;
    }

    void set(String name, double value) {
        fields.get(name).setValue(value);
    }

    double get(String name) {
        return fields.get(name).getValue();
    }

    int whole(String name) {
        return (int) Math.round(get(name));
    }

    List<String> parameters() {
        return List.copyOf(parameters);
    }

    boolean validate() {
        return binder.validate().isOk();
    }

    Optional<NumberField> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }
}
