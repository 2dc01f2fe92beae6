package com.inferplan.ui.explorer;

import com.inferplan.backend.scenario.SavedScenario;
import com.inferplan.backend.scenario.Scenario;
import com.inferplan.backend.scenario.ScenarioService;
import com.inferplan.backend.scenario.ScenarioSummary;
import com.inferplan.backend.scenario.ScenarioVersion;
import com.inferplan.backend.support.EditConflictException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.List;

/**
 * Saving and everything around it. A save names the version the page was based on; when someone else
 * saved in between, nothing is overwritten and the page says who and offers their version or a copy.
 */
class SaveActions {

    /** What the actions need from the explorer page. */
    interface Page {
        Scenario scenario();

        SavedState saved();

        /** The page is now based on {@code saved} (no recompute: the page's own state did not change). */
        void savedAs(SavedState saved);

        /** Replaces the page's state and recomputes. */
        void load(Scenario scenario, SavedState basedOn);
    }

    private final ScenarioService service;
    private final Page page;

    SaveActions(ScenarioService service, Page page) {
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
            SavedScenario result = service.save(saved.id(), saved.name(), page.scenario(), saved.version());
            page.savedAs(SavedState.of(result));
            Notification.show("Saved “" + result.name() + "” as version " + result.version());
        } catch (EditConflictException e) {
            conflict(saved);
        }
    }

    void saveAs() {
        SavedState saved = page.saved();
        new NameDialog("Save as a new scenario", "Save", saved == null ? "" : "Copy of " + saved.name(), name -> {
            SavedScenario created = service.create(name, page.scenario());
            page.savedAs(SavedState.of(created));
            Notification.show("Saved “" + created.name() + "”");
        }).open();
    }

    void rename() {
        SavedState saved = page.saved();
        new NameDialog("Rename “" + saved.name() + "”", "Rename", saved.name(), name -> {
            try {
                SavedScenario renamed = service.rename(saved.id(), name, saved.version());
                page.savedAs(SavedState.of(renamed));
            } catch (EditConflictException e) {
                conflict(saved);
            }
        }).open();
    }

    void delete() {
        SavedState saved = page.saved();
        Dialog confirm = new Dialog();
        confirm.setHeaderTitle("Delete “" + saved.name() + "” and its " + saved.version() + " versions?");
        confirm.add(new Div("The page keeps the scenario as unsaved; its link still restores it."));
        Button delete = new Button("Delete", e -> {
            confirm.close();
            try {
                service.delete(saved.id(), saved.version());
                page.load(page.scenario(), null);
            } catch (EditConflictException ex) {
                conflict(saved);
            }
        });
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        delete.setId("explorer-delete-confirm");
        confirm.getFooter().add(new Button("Cancel", e -> confirm.close()), delete);
        confirm.open();
    }

    void openSaved() {
        new SavedScenariosDialog(service, new SavedScenariosDialog.Actions(
                id -> open(service.get(id)),
                id -> new NameDialog("Copy scenario", "Copy", "Copy of " + service.get(id).name(),
                        name -> open(service.copy(id, name))).open(),
                summary -> {
                    try {
                        service.delete(summary.id(), summary.version());
                    } catch (EditConflictException e) {
                        Notification.show("“" + summary.name() + "” was changed by someone else since this list was"
                                + " opened; reopen the list to see the newer version. Nothing was deleted.");
                        return;
                    }
                    if (page.saved() != null && page.saved().id().equals(summary.id())) {
                        page.load(page.scenario(), null);
                    }
                },
                this::compare)).open();
    }

    void versions() {
        SavedState saved = page.saved();
        List<ScenarioVersion> versions = service.versions(saved.id());
        SavedState latest = SavedState.of(versions.get(0));
        new VersionsDialog(saved.name(), versions, v -> page.load(v.scenario(), latest),
                two -> new CompareDialog(service.compare("version " + two.get(0).version(), two.get(0).scenario(),
                        "version " + two.get(1).version(), two.get(1).scenario())).open()).open();
    }

    private void open(SavedScenario s) {
        page.load(s.scenario(), SavedState.of(s));
    }

    private void compare(List<ScenarioSummary> two) {
        SavedScenario a = service.get(two.get(0).id());
        SavedScenario b = service.get(two.get(1).id());
        new CompareDialog(service.compare(a.name(), a.scenario(), b.name(), b.scenario())).open();
    }

    /** Someone saved after this page loaded its version: say who and when, and offer the ways forward. */
    private void conflict(SavedState mine) {
        SavedScenario theirs = service.get(mine.id());
        Notification n = new Notification();
        n.setId("explorer-conflict");
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.setPosition(Notification.Position.MIDDLE);
        Div text = new Div("Not saved: “" + theirs.name() + "” was saved by " + theirs.updatedBy() + " at "
                + SavedScenariosDialog.WHEN.format(theirs.updatedAt()) + " (now version " + theirs.version()
                + ") after you opened version " + mine.version() + ". Nothing was overwritten.");
        Button reload = new Button("Load their version", e -> {
            n.close();
            open(theirs);
        });
        reload.setId("explorer-conflict-reload");
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
