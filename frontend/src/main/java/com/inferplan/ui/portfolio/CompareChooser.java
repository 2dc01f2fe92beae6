package com.inferplan.ui.portfolio;

import com.inferplan.backend.portfolio.PortfolioSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Picks 2–4 portfolios to compare: the one on screen, its "all GPUs" baseline (only its NVIDIA and AMD
 * pools) and any saved ones. Keys: {@link #CURRENT}, {@link #ALL_GPUS} or a saved portfolio's id.
 */
class CompareChooser extends Dialog {

    static final String CURRENT = "current";
    static final String ALL_GPUS = "all-gpus";

    CompareChooser(List<PortfolioSummary> saved, Consumer<List<String>> compare) {
        setHeaderTitle("Compare portfolios");
        setId("pf-compare-chooser");
        setWidth("min(640px, 95vw)");
        List<String> keys = new ArrayList<>(List.of(CURRENT, ALL_GPUS));
        saved.forEach(s -> keys.add(s.id()));
        CheckboxGroup<String> pick = new CheckboxGroup<>("Choose 2 to 4");
        pick.setId("pf-compare-pick");
        pick.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        pick.setItems(keys);
        pick.setItemLabelGenerator(k -> k.equals(CURRENT) ? "This portfolio, as on screen"
                : k.equals(ALL_GPUS) ? "All GPUs: this portfolio with only its NVIDIA and AMD pools"
                : saved.stream().filter(s -> s.id().equals(k)).findFirst()
                        .map(s -> "Saved: " + s.name() + " (version " + s.version() + ")").orElse(k));
        pick.setValue(java.util.Set.of(CURRENT, ALL_GPUS));
        add(pick);
        Button go = new Button("Compare", e -> {
            close();
            compare.accept(keys.stream().filter(pick.getValue()::contains).toList());
        });
        go.setId("pf-compare-go");
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        pick.addValueChangeListener(e -> go.setEnabled(e.getValue().size() >= 2 && e.getValue().size() <= 4));
        getFooter().add(new Button("Cancel", e -> close()), go);
    }
}
