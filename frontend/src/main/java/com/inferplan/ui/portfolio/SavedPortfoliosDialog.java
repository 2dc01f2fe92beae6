package com.inferplan.ui.portfolio;

import com.inferplan.backend.portfolio.PortfolioSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.function.Consumer;

/** The saved portfolios: pick one to open. */
class SavedPortfoliosDialog extends Dialog {

    SavedPortfoliosDialog(List<PortfolioSummary> saved, Consumer<String> open) {
        setHeaderTitle("Saved portfolios");
        setWidth("min(900px, 95vw)");
        setId("pf-saved-dialog");
        Grid<PortfolioSummary> grid = new Grid<>();
        grid.addColumn(PortfolioSummary::name).setHeader("Name").setFlexGrow(3);
        grid.addColumn(PortfolioSummary::version).setHeader("Version").setFlexGrow(0).setWidth("7em");
        grid.addColumn(PortfolioSummary::updatedBy).setHeader("Saved by");
        grid.addColumn(s -> PortfolioToolbar.WHEN.format(s.updatedAt())).setHeader("Saved at");
        grid.setItems(saved);
        grid.setAllRowsVisible(true);
        grid.setId("pf-saved-grid");
        Div hint = new Div(saved.isEmpty() ? "Nothing saved yet." : "Choose one to open it.");
        hint.addClassName("ip-muted");
        add(hint, grid);
        Button openButton = new Button("Open", e -> {
            grid.getSelectedItems().stream().findFirst().ifPresent(s -> open.accept(s.id()));
            close();
        });
        openButton.setId("pf-saved-open");
        openButton.setEnabled(false);
        grid.addSelectionListener(e -> openButton.setEnabled(e.getFirstSelectedItem().isPresent()));
        getFooter().add(new Button("Close", e -> close()), openButton);
    }
}
