package com.inferplan.ui.portfolio;

import com.inferplan.backend.portfolio.PortfolioVersion;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.function.Consumer;

/** A saved portfolio's history: who saved which version when; open one as unsaved changes. */
class VersionsDialog extends Dialog {

    VersionsDialog(String name, List<PortfolioVersion> versions, Consumer<PortfolioVersion> open) {
        setHeaderTitle("Versions of “" + name + "”");
        setWidth("min(800px, 95vw)");
        setId("pf-versions-dialog");
        Grid<PortfolioVersion> grid = new Grid<>();
        grid.addColumn(PortfolioVersion::version).setHeader("Version").setFlexGrow(0).setWidth("7em");
        grid.addColumn(PortfolioVersion::name).setHeader("Name").setFlexGrow(2);
        grid.addColumn(PortfolioVersion::savedBy).setHeader("Saved by");
        grid.addColumn(v -> PortfolioToolbar.WHEN.format(v.savedAt())).setHeader("Saved at");
        grid.setItems(versions);
        grid.setAllRowsVisible(true);
        grid.setId("pf-versions-grid");
        Div hint = new Div("Opening a version loads it as unsaved changes; Save makes it the newest version.");
        hint.addClassName("ip-muted");
        add(hint, grid);
        Button openButton = new Button("Open", e -> {
            grid.getSelectedItems().stream().findFirst().ifPresent(open);
            close();
        });
        openButton.setId("pf-versions-open");
        openButton.setEnabled(false);
        grid.addSelectionListener(e -> openButton.setEnabled(e.getFirstSelectedItem().isPresent()));
        getFooter().add(new Button("Close", e -> close()), openButton);
    }
}
