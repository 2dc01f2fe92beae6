package com.inferplan.ui.explorer;

import com.inferplan.backend.scenario.ScenarioService;
import com.inferplan.backend.scenario.ScenarioSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The saved scenarios: open one, copy or delete it, or compare two. */
class SavedScenariosDialog extends Dialog {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Grid<ScenarioSummary> grid = new Grid<>();
    private final ScenarioService service;

    /** What the explorer does with a choice: open an id, copy an id, delete an id, compare two. */
    record Actions(Consumer<String> open, Consumer<String> copy, Consumer<ScenarioSummary> delete,
                   Consumer<List<ScenarioSummary>> compare) {
    }

    SavedScenariosDialog(ScenarioService service, Actions actions) {
        this.service = service;
        setHeaderTitle("Saved scenarios");
        setWidth("min(900px, 95vw)");
        setId("saved-dialog");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(ScenarioSummary::name).setHeader("Name").setFlexGrow(3);
        grid.addColumn(ScenarioSummary::version).setHeader("Version").setFlexGrow(0).setWidth("7em");
        grid.addColumn(ScenarioSummary::updatedBy).setHeader("Saved by");
        grid.addColumn(s -> WHEN.format(s.updatedAt())).setHeader("Saved at");
        grid.setAllRowsVisible(true);
        grid.setId("saved-grid");
        refresh();
        Div hint = new Div("Tick one to open, copy or delete it; tick two to compare them.");
        hint.addClassName("ip-muted");
        add(hint, grid);
        Button open = button("Open", "saved-open", () -> actions.open().accept(single().id()));
        Button copy = button("Copy", "saved-copy", () -> actions.copy().accept(single().id()));
        Button delete = button("Delete", "saved-delete", () -> actions.delete().accept(single()));
        Button compare = button("Compare two", "saved-compare", () -> actions.compare().accept(selected()));
        grid.addSelectionListener(e -> {
            int n = e.getAllSelectedItems().size();
            List.of(open, copy, delete).forEach(b -> b.setEnabled(n == 1));
            compare.setEnabled(n == 2);
        });
        List.of(open, copy, delete, compare).forEach(b -> b.setEnabled(false));
        getFooter().add(new Button("Close", e -> close()), delete, copy, compare, open);
    }

    void refresh() {
        grid.setItems(service.list());
    }

    private Button button(String text, String id, Runnable action) {
        Button b = new Button(text, e -> {
            action.run();
            close();
        });
        b.setId(id);
        return b;
    }

    private ScenarioSummary single() {
        return grid.getSelectedItems().iterator().next();
    }

    private List<ScenarioSummary> selected() {
        return new ArrayList<>(grid.getSelectedItems());
    }
}
