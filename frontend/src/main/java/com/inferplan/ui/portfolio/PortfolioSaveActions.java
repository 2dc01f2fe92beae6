package com.inferplan.ui.portfolio;

import com.inferplan.backend.portfolio.Portfolio;
import com.inferplan.backend.portfolio.PortfolioService;
import com.inferplan.backend.portfolio.PortfolioVersion;
import com.inferplan.backend.portfolio.SavedPortfolio;
import com.inferplan.backend.support.EditConflictException;
import com.inferplan.ui.explorer.NameDialog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.List;

/**
 * Saving portfolios as scenarios are saved: a save names the version the page was based on; when someone
 * else saved in between, nothing is overwritten and the page says who and offers their version or a copy.
 */
class PortfolioSaveActions {

    /** What the actions need from the page. */
    interface Page {
        Portfolio portfolio();

        SavedState saved();

        /** The page is now based on {@code saved}; its own state did not change. */
        void savedAs(SavedState saved);

        /** Replaces the page's state and re-answers it. */
        void load(Portfolio portfolio, SavedState basedOn);
    }

    private final PortfolioService service;
    private final Page page;

    PortfolioSaveActions(PortfolioService service, Page page) {
        this.service = service;
        this.page = page;
    }

    void save() {
        SavedState saved = page.saved();
        if (saved == null) {
            saveAs();
            return;
        }
        try {
            SavedPortfolio result = service.save(saved.id(), saved.name(), page.portfolio(), saved.version());
            page.savedAs(SavedState.of(result));
            Notification.show("Saved “" + result.name() + "” as version " + result.version());
        } catch (EditConflictException e) {
            conflict(saved);
        }
    }

    void saveAs() {
        SavedState saved = page.saved();
        new NameDialog("Save as a new portfolio", "Save", saved == null ? "" : "Copy of " + saved.name(), name -> {
            SavedPortfolio created = service.create(name, page.portfolio());
            page.savedAs(SavedState.of(created));
            Notification.show("Saved “" + created.name() + "”");
        }).open();
    }

    void openSaved() {
        new SavedPortfoliosDialog(service.list(), id -> {
            SavedPortfolio s = service.get(id);
            page.load(s.portfolio(), SavedState.of(s));
        }).open();
    }

    void versions() {
        SavedState saved = page.saved();
        List<PortfolioVersion> versions = service.versions(saved.id());
        SavedState latest = SavedState.of(versions.get(0));
        new VersionsDialog(saved.name(), versions, v -> page.load(v.portfolio(), latest)).open();
    }

    /** Someone saved after this page loaded its version: say who and when, and offer the ways forward. */
    private void conflict(SavedState mine) {
        SavedPortfolio theirs = service.get(mine.id());
        Notification n = new Notification();
        n.setId("pf-conflict");
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.setPosition(Notification.Position.MIDDLE);
        Div text = new Div("Not saved: “" + theirs.name() + "” was saved by " + theirs.updatedBy() + " at "
                + PortfolioToolbar.WHEN.format(theirs.updatedAt()) + " (now version " + theirs.version()
                + ") after you opened version " + mine.version() + ". Nothing was overwritten.");
        Button reload = new Button("Load their version", e -> {
            n.close();
            page.load(theirs.portfolio(), SavedState.of(theirs));
        });
        reload.setId("pf-conflict-reload");
        Button copy = new Button("Save mine as new", e -> {
            n.close();
            saveAs();
        });
        Button close = new Button("Close", e -> n.close());
        Div buttons = new Div(reload, copy, close);
        buttons.addClassName("ipx-buttons");
        n.add(text, buttons);
        n.open();
    }
}
