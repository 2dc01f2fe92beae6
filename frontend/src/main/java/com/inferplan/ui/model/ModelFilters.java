package com.inferplan.ui.model;

import com.inferplan.backend.model.ModelSummary;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.function.Predicate;

/** Search and filters over the model list: text, family, size, MoE or dense, attention kind. */
class ModelFilters extends HorizontalLayout {

    static final String ANY = "any";
    private static final List<String> SIZES = List.of(ANY, "under 10B", "10B to 100B", "over 100B");

    private final TextField search = new TextField("Search");
    private final Select<String> family = new Select<>();
    private final Select<String> size = new Select<>();
    private final Select<String> moe = new Select<>();
    private final Select<String> attention = new Select<>();

    ModelFilters(Runnable onChange) {
        search.setId("models-search");
        search.setPlaceholder("id, name or Hugging Face repo");
        search.setValueChangeMode(ValueChangeMode.EAGER);
        search.setClearButtonVisible(true);
        setup(family, "models-family", "Family");
        setup(size, "models-size", "Size (total)");
        size.setItems(SIZES);
        setup(moe, "models-moe", "Experts");
        moe.setItems(ANY, "MoE", "dense");
        setup(attention, "models-attention", "Attention");
        search.addValueChangeListener(e -> onChange.run());
        List.of(family, size, moe, attention).forEach(s -> s.addValueChangeListener(e -> onChange.run()));
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        getStyle().set("flex-wrap", "wrap");
        List.of(family, size, moe, attention).forEach(s -> s.setWidth("11em"));
        add(search, family, size, moe, attention);
    }

    /** A Hugging Face model_type as the family is written: {@code gpt_oss} → "gpt-oss". */
    static String familyLabel(String modelType) {
        return modelType == null ? "" : modelType.replace('_', '-');
    }

    /** The choices offered follow the models listed. */
    void offer(List<ModelSummary> models) {
        family.setItems(choices(models.stream().map(ModelSummary::family).toList()));
        family.setItemLabelGenerator(ModelFilters::familyLabel);
        attention.setItems(choices(models.stream().map(ModelSummary::attentionKind).toList()));
        family.setValue(ANY);
        attention.setValue(ANY);
        size.setValue(ANY);
        moe.setValue(ANY);
    }

    Predicate<ModelSummary> predicate() {
        return m -> m.matches(search.getValue())
                && is(family.getValue(), m.family())
                && is(attention.getValue(), m.attentionKind())
                && (ANY.equals(moe.getValue()) || moe.getValue() == null || (m.experts() != null) == "MoE".equals(moe.getValue()))
                && inSize(m.totalParameters());
    }

    private boolean inSize(long total) {
        double billions = total / 1e9;
        return switch (size.getValue() == null ? ANY : size.getValue()) {
            case "under 10B" -> billions < 10;
            case "10B to 100B" -> billions >= 10 && billions <= 100;
            case "over 100B" -> billions > 100;
            default -> true;
        };
    }

    private static boolean is(String chosen, String value) {
        return chosen == null || ANY.equals(chosen) || chosen.equals(value);
    }

    private static List<String> choices(List<String> values) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(ANY), values.stream().distinct().sorted()).toList();
    }

    private static void setup(Select<String> select, String id, String label) {
        select.setId(id);
        select.setLabel(label);
    }
}
