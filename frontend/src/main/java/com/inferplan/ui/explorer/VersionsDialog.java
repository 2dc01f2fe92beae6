package com.inferplan.ui.explorer;

import com.inferplan.backend.scenario.ScenarioVersion;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/** A saved scenario's history: who saved which version when; open one, or compare two. */
class VersionsDialog extends Dialog {

    VersionsDialog(String name, List<ScenarioVersion> versions, Consumer<ScenarioVersion> open,
                   Consumer<List<ScenarioVersion>> compare) {
        setHeaderTitle("Versions of “" + name + "”");
        setWidth("min(800px, 95vw)");
        setId("versions-dialog");
        Grid<ScenarioVersion> grid = new Grid<>();
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(ScenarioVersion::version).setHeader("Version").setFlexGrow(0).setWidth("7em");
        grid.addColumn(ScenarioVersion::name).setHeader("Name").setFlexGrow(2);
        grid.addColumn(ScenarioVersion::savedBy).setHeader("Saved by");
        grid.addColumn(v -> SavedScenariosDialog.WHEN.format(v.savedAt())).setHeader("Saved at");
        grid.setItems(versions);
        grid.setAllRowsVisible(true);
        grid.setId("versions-grid");
        Div hint = new Div("Opening a version loads it as unsaved changes; Save makes it the newest version.");
        hint.addClassName("ip-muted");
        add(hint, grid);
        Button openButton = new Button("Open", e -> {
            open.accept(grid.getSelectedItems().iterator().next());
            close();
        });
        openButton.setId("versions-open");
        Button compareButton = new Button("Compare two", e -> {
            List<ScenarioVersion> two = new ArrayList<>(grid.getSelectedItems());
            two.sort(Comparator.comparingInt(ScenarioVersion::version));
            compare.accept(two);
        });
        compareButton.setId("versions-compare");
        grid.addSelectionListener(e -> {
            openButton.setEnabled(e.getAllSelectedItems().size() == 1);
            compareButton.setEnabled(e.getAllSelectedItems().size() == 2);
        });
        openButton.setEnabled(false);
        compareButton.setEnabled(false);
        getFooter().add(new Button("Close", e -> close()), compareButton, openButton);
    }
}
