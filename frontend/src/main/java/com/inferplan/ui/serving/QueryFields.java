package com.inferplan.ui.serving;

import com.inferplan.backend.support.FieldProblem;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Form fields that live in the URL (shareable links) and receive the service's field problems: each
 * field has a query parameter and the request field its errors name.
 */
final class QueryFields {

    private final List<Entry<?>> entries = new ArrayList<>();
    private final Map<String, HasValidation> byRequestField = new HashMap<>();
    private Runnable onChange = () -> { };

    <T> void add(String parameter, String requestField, HasValue<?, T> field, Function<String, T> parse,
                 Function<T, String> print) {
        entries.add(new Entry<>(parameter, field, parse, print));
        field.addValueChangeListener(e -> onChange.run());
        if (field instanceof HasValidation validated) {
            byRequestField.put(requestField, validated);
        }
    }

    /** Called after any field changes (the view rewrites the URL). */
    void onChange(Runnable listener) {
        onChange = listener;
    }

    Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        entries.forEach(e -> e.text().ifPresent(text -> parameters.put(e.parameter(), text)));
        return parameters;
    }

    /** Sets every field named in the URL; a value that does not parse leaves the field as it was. */
    void restore(Map<String, List<String>> parameters) {
        for (Entry<?> entry : entries) {
            List<String> values = parameters.get(entry.parameter());
            if (values != null && !values.isEmpty()) {
                entry.restore(values.get(0));
            }
        }
    }

    /** Marks the fields the problems name; returns the problems no field shows. */
    List<FieldProblem> show(List<FieldProblem> problems) {
        clearErrors();
        List<FieldProblem> unplaced = new ArrayList<>();
        for (FieldProblem problem : problems) {
            HasValidation field = byRequestField.get(problem.field());
            if (field == null) {
                unplaced.add(problem);
            } else {
                field.setErrorMessage(problem.message());
                field.setInvalid(true);
            }
        }
        return unplaced;
    }

    void clearErrors() {
        byRequestField.values().forEach(f -> f.setInvalid(false));
    }

    private record Entry<T>(String parameter, HasValue<?, T> field, Function<String, T> parse,
                            Function<T, String> print) {

        Optional<String> text() {
            T value = field.getValue();
            return value == null ? Optional.empty() : Optional.ofNullable(print.apply(value));
        }

        void restore(String text) {
            try {
                T value = parse.apply(text);
                if (value != null) {
                    field.setValue(value);
                }
            } catch (RuntimeException e) {
                // A hand-edited link with a bad value keeps the field's current value.
            }
        }
    }
}
