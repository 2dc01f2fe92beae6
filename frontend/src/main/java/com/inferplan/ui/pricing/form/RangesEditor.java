package com.inferplan.ui.pricing.form;

import com.inferplan.pricing.uncertainty.Distribution;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Optional low–high ranges for a basis's parameters, sampled for P10/P50/P90 and the tornado. A
 * triangular range peaks at the value entered in the form; a uniform one is flat. Spreads of other
 * shapes (normal, log-normal) that came with a copy are kept and can be removed.
 */
public final class RangesEditor extends VerticalLayout {

    private final Supplier<KindForm> form;
    private final VerticalLayout rows = new VerticalLayout();
    private final List<RangeRow> ranges = new ArrayList<>();
    private final Map<String, Distribution> kept = new LinkedHashMap<>();

    public RangesEditor(Supplier<KindForm> form) {
        this.form = form;
        setPadding(false);
        rows.setPadding(false);
        rows.setSpacing(false);
        Button add = new Button("Add a range", VaadinIcon.PLUS.create(), e -> addRow(null, "triangular", null, null));
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.setId("basis-add-range");
        Span hint = new Span("Ranges are what you believe the value could be (about P0–P100); results show P10–P90.");
        hint.addClassName("ip-muted");
        add(hint, rows, add);
    }

    public void show(Map<String, Distribution> uncertainty) {
        ranges.clear();
        kept.clear();
        rows.removeAll();
        uncertainty.forEach((name, d) -> {
            if (d instanceof Distribution.Triangular t) {
                addRow(name, "triangular", t.min(), t.max());
            } else if (d instanceof Distribution.Uniform u) {
                addRow(name, "uniform", u.min(), u.max());
            } else if (!d.isFixed()) {
                keep(name, d);
            }
        });
    }

    /** Checks every row against the form's current values; marks the fields at fault. */
    public boolean validate() {
        boolean ok = true;
        for (RangeRow row : ranges) {
            ok &= row.validate(form.get());
        }
        return ok;
    }

    /** The ranges as distributions, by parameter name; call after {@link #validate()} succeeded. */
    public Map<String, Distribution> build() {
        Map<String, Distribution> result = new LinkedHashMap<>(kept);
        for (RangeRow row : ranges) {
            result.put(row.parameter.getValue(), row.distribution(form.get()));
        }
        return result;
    }

    /** The row field where a problem with a parameter's spread is shown. */
    public Optional<NumberField> fieldFor(String parameter) {
        return ranges.stream().filter(r -> parameter.equals(r.parameter.getValue())).findFirst().map(r -> r.low);
    }

    private void addRow(String parameter, String shape, Double low, Double high) {
        RangeRow row = new RangeRow(ranges.size());
        row.parameter.setItems(form.get().rangeableParameters());
        row.parameter.setValue(parameter);
        row.shape.setValue(shape);
        row.low.setValue(low);
        row.high.setValue(high);
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
            ranges.remove(row);
            rows.remove(row.layout);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        remove.setAriaLabel("Remove this range");
        row.layout.add(remove);
        ranges.add(row);
        rows.add(row.layout);
    }

    private void keep(String name, Distribution d) {
        kept.put(name, d);
        Span text = new Span(name + ": " + d.getClass().getSimpleName().toLowerCase(Locale.ROOT)
                + " spread (kept from the copied basis)");
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout line = new HorizontalLayout(text, remove);
        line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        remove.addClickListener(e -> {
            kept.remove(name);
            rows.remove(line);
        });
        rows.add(line);
    }

    /** One editable range: which parameter, which shape, low and high. */
    private static final class RangeRow {
        private final Select<String> parameter = new Select<>();
        private final Select<String> shape = new Select<>();
        private final NumberField low = new NumberField("Low");
        private final NumberField high = new NumberField("High");
        private final HorizontalLayout layout;

        RangeRow(int index) {
            parameter.setLabel("Parameter");
            shape.setLabel("Shape");
            shape.setItems("triangular", "uniform");
            parameter.setId("basis-range-parameter-" + index);
            low.setId("basis-range-low-" + index);
            high.setId("basis-range-high-" + index);
            layout = new HorizontalLayout(parameter, shape, low, high);
            layout.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        }

        boolean validate(KindForm form) {
            List.of(low, high).forEach(f -> f.setInvalid(false));
            parameter.setInvalid(false);
            if (parameter.getValue() == null) {
                return fail(parameter, "choose a parameter");
            }
            if (low.getValue() == null || high.getValue() == null) {
                return fail(low.getValue() == null ? low : high, "is required");
            }
            if (low.getValue() >= high.getValue()) {
                return fail(high, "must be above low (" + low.getValue() + ")");
            }
            Double base = form.valueOf(parameter.getValue());
            if ("triangular".equals(shape.getValue()) && base != null
                    && (base < low.getValue() || base > high.getValue())) {
                return fail(low, "the range must contain the value in the form (" + base + ")");
            }
            return true;
        }

        Distribution distribution(KindForm form) {
            return "uniform".equals(shape.getValue()) ? new Distribution.Uniform(low.getValue(), high.getValue())
                    : new Distribution.Triangular(low.getValue(), form.valueOf(parameter.getValue()), high.getValue());
        }

        private static boolean fail(HasValidation field, String message) {
            field.setErrorMessage(message);
            field.setInvalid(true);
            return false;
        }
    }
}
